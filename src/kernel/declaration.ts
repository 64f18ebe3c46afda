// The declaration language: one object per record type, from which the engine derives everything else.
import type { FieldCondition, FieldDeclaration, FieldValueError } from "./fields.js";
import type { IndicatorDeclaration, ReportFragment } from "./indicators.js";
import type { DocumentTemplateDeclaration } from "./documents.js";
import type { PublicationDeclaration } from "./publication.js";
import type { Role } from "./roles.js";

/** Field values of a record as the engine hands them to declared functions. */
export type RecordValues = Readonly<Record<string, unknown>>;

export interface StateDeclaration {
  readonly id: string;
  readonly label: string;
  /** A final state freezes the record: no edits, and only actions that leave it explicitly. */
  readonly isFinal?: boolean;
  /**
   * Fields are fixed in this state; only actions write (a plan whose material is published, a
   * result whose drawn entity and inspectors were set by the draw). Unlike a final state, actions
   * still lead out of it.
   */
  readonly isLocked?: boolean;
  readonly tone?: "default" | "processing" | "success" | "warning" | "error";
}

export interface ActionDeclaration {
  readonly id: string;
  readonly label: string;
  readonly from: readonly string[];
  /** The state after the action; omitted: the record stays in its state. */
  readonly to?: string;
  readonly roles: readonly Role[];
  /** Fields the action form asks for; they are written to the record. */
  readonly fields?: readonly string[];
  /** Of those, the ones that must be filled. */
  readonly requires?: readonly string[];
  /**
   * Attachment fields that must hold at least one file before the action is taken (the evidence
   * of a completed follow-up): files are uploaded on the record first, then the action is taken.
   */
  readonly requiresFiles?: readonly string[];
  /** The date field that dates this action (its clock effects take effect that day). */
  readonly dateField?: string;
  /** Refuse the action to the user recorded in this field (no self-approval). */
  readonly notByUserIn?: string;
  /** Record the acting user in this field (e.g. the drafter of a decision). */
  readonly recordsActorIn?: string;
  /** Fixed values the action writes, e.g. the closing mode. */
  readonly sets?: Readonly<Record<string, string | number | boolean>>;
  /** Extra check: the record after the action's values are applied, and before. Return an error to refuse. */
  readonly check?: (after: RecordValues, before: RecordValues) => ActionCheckError | null;
  /**
   * Taken only through its domain's service, which does its own work in the same transaction
   * (freezing a draw's material, running the draw): the generic action API hands the request to the
   * service registered for it (src/server/records/action-services.ts), and takeAction refuses it
   * without the service's effect.
   */
  readonly service?: true;
  /**
   * Steps of a statutory procedure that must be complete before the action (重大行政决策: public
   * comment of at least 30 days, expert argument, risk assessment, legality review). The action is
   * refused naming every missing step, and the record's page shows the list with what is met.
   */
  readonly checklist?: readonly ChecklistItem[];
  /**
   * The action gives the record the next number of a yearly series in `field` (三统一: the unified
   * registration number 侯规〔2023〕3号), the year taken from `dateField`. Imported numbers move
   * the series past them, so a later number never collides.
   */
  readonly assignsNumber?: NumberSeries;
  /** Ask before taking it (shown in the confirmation dialog). */
  readonly confirm?: string;
  readonly tone?: "primary" | "default" | "danger";
}

export interface NumberSeries {
  readonly field: string;
  /** Printed before the year: 侯规 → 侯规〔2023〕3号. */
  readonly prefix: string;
  readonly dateField: string;
}

/** What makes a checklist step complete. */
export type ChecklistCondition =
  /** Fields of the record that record the step (the date and report of the risk assessment). */
  | { readonly kind: "filled"; readonly fields: readonly string[] }
  /**
   * A minimum period (an `atLeast` rule of the statute table) ran between two dates of the record:
   * the comment period opened on `startField` may close on `endField` no earlier than the rule
   * allows, unless `shortenedReasonField` explains why it was shorter (第15条: 缩短的应当说明).
   */
  | {
      readonly kind: "minimumPeriod";
      readonly rule: string | RuleChoice;
      readonly startField: string;
      readonly endField: string;
      readonly shortenedReasonField?: string;
    }
  /**
   * A record of another type links here through its link field `field`, in one of `states`, and
   * meeting `where` (a legality review concluded as lawful).
   */
  | {
      readonly kind: "linked";
      readonly type: string;
      readonly field: string;
      readonly states: readonly string[];
      readonly where?: FieldCondition;
    };

export interface ChecklistItem {
  /** Stable id; a refusal names it as the field when the condition has no field of its own. */
  readonly id: string;
  /** The step as the procedure names it: 公开征求意见（不少于30日）. */
  readonly label: string;
  /** The article that requires it: 《重大行政决策程序暂行条例》第15条. */
  readonly basis: string;
  /** Required only while this holds (expert argument: the matter is highly specialised). */
  readonly when?: FieldCondition;
  readonly requires: ChecklistCondition;
  /** Why the action is refused while the step is missing. */
  readonly message: string;
}

export interface ActionCheckError extends FieldValueError {
  readonly field: string;
}

export interface WorkflowDeclaration {
  readonly initial: string;
  readonly states: readonly StateDeclaration[];
  readonly actions: readonly ActionDeclaration[];
}

export type PauseKindName =
  | "correction"
  | "suspension"
  | "consultation"
  | "hearing"
  | "expertReview"
  | "announcement"
  | "materials"
  | "obstacle";

/** A rule picked from the record (e.g. by procedure), among the rules it may pick. */
export interface RuleChoice {
  /** Every rule `choose` may return: the declaration is checked against each of them. */
  readonly among: readonly string[];
  readonly choose: (values: RecordValues) => string;
}

/**
 * A due date set by whoever assigned the work (督办期限), not by a statute: the record's date field
 * holds it, so an edit or an action that writes the field moves it. Such a clock never pauses.
 */
export interface SetDeadline {
  readonly dueField: string;
  /** Who sets it, for the explanation: 督办期限由交办单位确定. */
  readonly setBy: string;
}

/** The rule id stored for a clock whose due date is set in the record (see SetDeadline). */
export const SET_DEADLINE_RULE = "setDeadline";

export const isSetDeadline = (rule: ClockDeclaration["rule"]): rule is SetDeadline =>
  typeof rule === "object" && "dueField" in rule;

/** A statutory clock (or one with a set deadline): starts, pauses, resumes, extends and stops on actions. */
export interface ClockDeclaration {
  readonly id: string;
  readonly label: string;
  /**
   * A rule id of the statute table, or a choice among rules by the record's values (picked again
   * after every action and edit, so a changed procedure changes the period); or a due date set in
   * the record by whoever assigned the work.
   */
  readonly rule: string | RuleChoice | SetDeadline;
  /** Starts when the record is created ("create") or on one of these actions. */
  readonly startOn: readonly string[];
  /** The date field holding the start day (the day the clock starts from, not counted). */
  readonly startField: string;
  readonly stopOn: readonly string[];
  readonly pauseOn?: readonly { readonly action: string; readonly kind: PauseKindName }[];
  readonly resumeOn?: readonly string[];
  /**
   * The action on whose date the period starts again from zero (its rule's restartsOn, e.g. receipt
   * of the correction materials, 行政复议法 第31条第3款), and the action after which the clock waits
   * for it (e.g. the correction notice).
   */
  readonly restartOn?: {
    readonly action: string;
    readonly waitFrom: { readonly action: string; readonly kind: PauseKindName };
  };
  /** The action that extends it and the integer field that holds the days of extension. */
  readonly extendOn?: { readonly action: string; readonly daysField: string };
  /**
   * When the clock lapses while running, the system takes this action, dated the due date
   * (e.g. an application is deemed accepted when the review period lapses, 行政复议法 第30条第3款).
   */
  readonly onLapse?: { readonly action: string; readonly dateField: string };
}

export interface AccessDeclaration {
  /** Roles that may read records of this type within their scope. */
  readonly read: readonly Role[];
  readonly create: readonly Role[];
  readonly update: readonly Role[];
  /** Org fields that place a record in an organisation; the first is the owner. */
  readonly orgFields: readonly string[];
}

export interface ListDeclaration {
  readonly columns: readonly string[];
  readonly filters: readonly string[];
  readonly defaultSort: { readonly field: string; readonly direction: "asc" | "desc" };
}

export interface RecordTypeDeclaration {
  /** Stable id, never renamed: names the table (`r_<id>`) and the API path. */
  readonly id: string;
  readonly label: string;
  readonly englishLabel: string;
  /** Record numbers such as 侯复〔2023〕12号: the prefix, and the date field whose year they carry. */
  readonly numbering: { readonly prefix: string; readonly dateField: string };
  readonly titleField: string;
  /**
   * A required unique field that identifies a record outside fazhi (统一社会信用代码): a bulk
   * import row carrying a value already held updates that record with the cells it fills, instead
   * of being refused as a duplicate (a monthly re-import of the risk classes).
   */
  readonly importKey?: string;
  readonly fields: readonly FieldDeclaration[];
  readonly workflow: WorkflowDeclaration;
  readonly clocks: readonly ClockDeclaration[];
  readonly access: AccessDeclaration;
  readonly list: ListDeclaration;
  /** The figures this record type contributes (see indicators.ts). */
  readonly indicators?: readonly IndicatorDeclaration[];
  /** Paragraphs it offers to a new annual report, naming its indicators. */
  readonly reportFragments?: readonly ReportFragment[];
  /** Notices its procedure produces, generated from the record (see documents.ts). */
  readonly documents?: readonly DocumentTemplateDeclaration[];
  /** What of it the public portal shows, and when (see publication.ts). */
  readonly publication?: PublicationDeclaration;
}
