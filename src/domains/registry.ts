// Every record type of the platform with its demo data. Adding one: its folder and one line here.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { DemoGenerator } from "../seed/types.js";
import { reconsideration } from "./reconsideration/index.js";
import { reconsiderationDemo } from "./reconsideration/demo.js";

export interface Domain {
  readonly type: RecordTypeDeclaration;
  readonly demo: DemoGenerator;
}

export const domains: readonly Domain[] = [{ type: reconsideration, demo: reconsiderationDemo }];

export const recordTypes: readonly RecordTypeDeclaration[] = domains.map((domain) => domain.type);

export function findRecordType(id: string): RecordTypeDeclaration | undefined {
  return recordTypes.find((type) => type.id === id);
}
