// "一单两库" of 双随机、一公开 (statutory-rules §10): the directory of inspected entities and the
// directory of enforcement inspectors. Inspection plans and draws (src/domains/inspection) read
// them through eligible.ts. No statutory clocks apply to a directory entry.
export { marketEntity } from "./marketEntity.js";
export { inspector } from "./inspector.js";
