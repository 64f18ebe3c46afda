import { findRecordType } from "../../domains/registry.js";
import { notFound } from "../../engine/errors.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";

export function typeOrNotFound(id: string): RecordTypeDeclaration {
  const type = findRecordType(id);
  if (!type) throw notFound("记录类型");
  return type;
}
