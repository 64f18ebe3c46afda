// Chinese names of roles, scopes and org kinds: one source, shared with the server (src/kernel).
import { ORG_KINDS } from "../../../src/kernel/orgs";
import { ROLE_LABELS, SCOPE_LABELS } from "../../../src/kernel/roles";

export { ROLE_LABELS, SCOPE_LABELS };
export const ORG_KIND_LABELS = ORG_KINDS;

export const optionsOf = <T extends string>(labels: Readonly<Record<T, string>>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
