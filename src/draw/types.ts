// The verifiable random-inspection draw (双随机抽查摇号): what is published before the draw, the
// public values that seed it, and what it selects. Pure data, shared by the server, the
// `fazhi verify-draw` command and the portal's in-browser verification, so all three run one
// algorithm (docs/random-draw.md is its specification).
//
// Contract between the draw algorithm (src/draw/) and the inspection records that feed it
// (src/domains/inspection/): the records side freezes and publishes a DrawMaterial, collects the
// seed values at the draw and stores the DrawOutcome; it never picks anything itself.

export const DRAW_FORMAT = "fazhi-draw/1";

/** Credit-risk classes of market entities (A lowest risk … D highest); unclassified entities form their own stratum. */
export type RiskClass = "A" | "B" | "C" | "D" | "unclassified";

export interface DrawEntity {
  /** 统一社会信用代码, 18 characters; the sort key of its stratum. */
  readonly creditCode: string;
  readonly name: string;
}

export interface DrawStratum {
  readonly riskClass: RiskClass;
  /** How many entities of this stratum are drawn (0 … entities.length). */
  readonly quota: number;
  /** Eligible entities sorted by creditCode (code-unit order), no duplicates. */
  readonly entities: readonly DrawEntity[];
  /** Lower-case hex SHA-256 of the stratum's canonical list (docs/random-draw.md). */
  readonly sha256: string;
}

export interface DrawInspector {
  /** 执法证号 (certificate number): the inspector's public identifier and sort key. */
  readonly code: string;
  readonly name: string;
  /** The department the inspector works for. */
  readonly org: string;
  readonly speciality: string;
}

/** An inspector who must not inspect an entity: same organisation, a declared conflict, or the entity's last inspector. */
export interface DrawRecusal {
  readonly inspector: string;
  readonly creditCode: string;
  readonly reason: "sameOrg" | "declared" | "lastInspector";
}

/** A public value fixed in advance that will seed the draw (a named lottery result, a witness's typed value). */
export interface DrawSeedSource {
  readonly id: string;
  readonly label: string;
  /** The day the value becomes known (YYYY-MM-DD). */
  readonly expectedOn: string;
  readonly description: string;
}

export interface DrawPlan {
  readonly number: string;
  readonly title: string;
  readonly kind: "joint" | "internal";
  /** Participating departments (one for an internal plan). */
  readonly orgs: readonly string[];
  readonly items: readonly string[];
  /** Whether the quotas follow the entities' credit-risk classes (信用风险分类结果运用). */
  readonly riskWeighted: boolean;
  /** Inspectors per drawn entity, at least 2. */
  readonly inspectorsPerEntity: number;
}

/** Everything fixed and published before the draw. */
export interface DrawMaterial {
  readonly format: typeof DRAW_FORMAT;
  readonly plan: DrawPlan;
  readonly strata: readonly DrawStratum[];
  /** Eligible inspectors sorted by code. */
  readonly inspectors: readonly DrawInspector[];
  readonly inspectorsSha256: string;
  readonly recusals: readonly DrawRecusal[];
  readonly seedSources: readonly DrawSeedSource[];
  /** ISO timestamp of publication. */
  readonly publishedAt: string;
}

export interface DrawSeedValue {
  /** A DrawSeedSource id. */
  readonly source: string;
  readonly value: string;
}

export interface DrawSelection {
  readonly creditCode: string;
  readonly riskClass: RiskClass;
  /** Inspector codes, in draw order. */
  readonly inspectors: readonly string[];
}

export interface DrawOutcome {
  /** Hex SHA-256 from which every random number of the draw is derived. */
  readonly seedSha256: string;
  readonly selections: readonly DrawSelection[];
}

/** The file published after the draw; `fazhi verify-draw FILE` and the portal re-run it. */
export interface PublishedDraw {
  readonly format: typeof DRAW_FORMAT;
  readonly material: DrawMaterial;
  readonly materialSha256: string;
  readonly seed: readonly DrawSeedValue[];
  /** ISO timestamp of the draw. */
  readonly drawnAt: string;
  readonly outcome: DrawOutcome;
}
