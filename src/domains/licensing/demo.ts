// Demo records of the licensing domain for 侯马市: the licensing list (demo-items.ts) and the
// construction cases of the 审批局 (demo-cases.ts).
export { ITEMS_REASSIGNED_2023, licensingItemDemo } from "./demo-items.js";
export {
  JOINT_ACCEPTANCES_2023,
  UTILITY_CONNECTIONS_2023,
  jointAcceptanceDemo,
  utilityConnectionDemo,
} from "./demo-cases.js";
