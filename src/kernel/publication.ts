// A record type's public face on the portal: which fields are public, when publication is due, how
// long it stays and what removes it (e.g. 行政复议法 第79条, 行政处罚法 第48条).
import type { ClockDeclaration, RecordValues, WorkflowDeclaration } from "./declaration.js";
import type { FieldCondition } from "./fields.js";
import type { Role } from "./roles.js";

/**
 * The sections of a government website (政府网站发展指引, 国办发〔2017〕47号): columns hang under
 * one of them; statutory disclosure (法定主动公开内容) goes under 政府信息公开.
 */
export const PORTAL_SECTIONS = [
  "政府信息公开",
  "信息发布",
  "解读回应",
  "办事服务",
  "互动交流",
] as const;
export type PortalSection = (typeof PORTAL_SECTIONS)[number];

export interface PortalColumn {
  readonly section: PortalSection;
  /** The column's name, e.g. 行政复议决定书. */
  readonly label: string;
}

/** A text field holding a person's name: 张三 → 张*, unless the condition says it is an organisation. */
export interface MaskedName {
  readonly field: string;
  /** Shown unmasked while this holds (e.g. the applicant is an organisation). */
  readonly unless?: FieldCondition;
}

/** Why a record cannot be published, naming the field (shown to the user as the error). */
export interface PublicationRefusal {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface PublicationDeclaration {
  /** The portal column (政府网站发展指引 国办发〔2017〕47号), e.g. 行政复议决定书. */
  readonly column: PortalColumn;
  /** The statute-table rule of the publication clock (its period and article). */
  readonly rule: string;
  /** Action that starts the publication clock; its dateField is the start day. */
  readonly startOn: string;
  /** Fields shown to the public, in this order; ID numbers, phones, users and files never are. */
  readonly publicFields: readonly string[];
  /** Public text fields holding personal names, masked on the portal (张三 → 张*). */
  readonly maskedNames?: readonly MaskedName[];
  /** The item's title on the portal, with {{field}} placeholders of public fields (masked as shown). */
  readonly title: string;
  /** States in which a record can be published (e.g. decided, closed). */
  readonly publishableIn: readonly string[];
  /** Further check on the values: true, or why not (e.g. the decision has been revoked). */
  readonly isPublishable?: (values: RecordValues) => true | PublicationRefusal;
  /** Roles that publish and withdraw (within their write scope on the record). */
  readonly roles: readonly Role[];
  /** Years it stays public before it is withdrawn as expired; omitted: until withdrawn. */
  readonly staysYears?: number;
  /**
   * Actions after which the published item is brought up to date with the record (a normative
   * document repealed: the register shows 已废止 on the published text). The change is audited.
   */
  readonly refreshedOn?: readonly string[];
  /**
   * What the record number is called on the portal (案号 when omitted); null: not shown, the
   * item's own public fields carry the numbers people cite (a document's 文号 and 登记号).
   */
  readonly numberLabel?: string | null;
  /** Public fields shown beside each item of the portal's list (the register's 文件状态). */
  readonly listFields?: readonly string[];
  /** Actions that withdraw it (e.g. the decision is revoked by a court); they also stop its clock. */
  readonly withdrawnOn?: readonly string[];
}

/** The id of the clock a publication declaration brings; no other clock may use it. */
export const PUBLICATION_CLOCK_ID = "publication";

/**
 * The publication clock, to list among the type's clocks: it starts on the declared action, from
 * that action's date, and stops when published (by the engine) or on a withdrawing action.
 */
export function publicationClock(
  publication: PublicationDeclaration,
  workflow: WorkflowDeclaration,
): ClockDeclaration {
  const start = workflow.actions.find((action) => action.id === publication.startOn);
  return {
    id: PUBLICATION_CLOCK_ID,
    label: `${publication.column.label}公开`,
    rule: publication.rule,
    startOn: [publication.startOn],
    startField: start?.dateField ?? "",
    stopOn: publication.withdrawnOn ?? [],
  };
}

/** 张三 → 张*, 欧阳明 → 欧**: the first character stays, every other one is a star. */
export function maskPersonName(name: string): string {
  // Code points, not UTF-16 units: a name in an extension plane (𠀀) is one character.
  const characters = Array.from(name.trim());
  if (characters.length === 0) return "";
  return `${characters[0] ?? ""}${"*".repeat(Math.max(characters.length - 1, 1))}`;
}
