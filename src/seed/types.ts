// Shapes of demo data: the organisation tree, demo users, and demo records as a script of actions.
import type { Role, Scope } from "../kernel/roles.js";
import type { FieldValue } from "../kernel/values.js";

export type OrgKind =
  "government" | "department" | "township" | "subdistrict" | "team" | "committee" | "center";

export interface OrgSeed {
  /** GB/T 2260 division code for governments, townships and subdistricts; `141081-XXX` style internal codes otherwise. */
  readonly code: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly children?: readonly OrgSeed[];
}

export interface UserSeed {
  readonly username: string;
  readonly displayName: string;
  readonly orgCode: string;
  readonly roles: readonly Role[];
  readonly scope: Scope;
}

/** One action on a demo record, taken by a demo user (by username) with these values. */
export interface DemoStep {
  readonly action: string;
  readonly by: string;
  readonly values?: Readonly<Record<string, FieldValue>>;
}

/** A demo record: created by `by` with `values`, then taken through `steps` in order. */
export interface DemoRecord {
  readonly by: string;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly steps: readonly DemoStep[];
  /** Published to the portal after its steps, by this user on this day (YYYY-MM-DD). */
  readonly publish?: { readonly by: string; readonly on: string };
}

export interface DemoRefs {
  /** The id of an org by its code; throws for an unknown code. */
  readonly org: (code: string) => number;
  /** Deterministic pseudo-random numbers in [0, 1), so demo data is the same on every machine. */
  readonly random: () => number;
  /** The day the demo data is loaded (YYYY-MM-DD), for open cases with live deadlines. */
  readonly today: string;
  /**
   * The demo records of a type loaded before this one (earlier in the registry), in their order,
   * with the link that points at each: follow-ups link to instructions and to overdue cases.
   */
  readonly loaded: (typeId: string) => readonly LoadedDemoRecord[];
}

/** A demo record as loaded: its link (`instruction:12`), final state and values. */
export interface LoadedDemoRecord {
  readonly link: string;
  readonly state: string;
  readonly values: Readonly<Record<string, FieldValue>>;
}

export type DemoGenerator = (refs: DemoRefs) => readonly DemoRecord[];
