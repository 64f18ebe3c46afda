// Types of the HTTP API, as written in docs/api.md (the contract between server and web app).

export type Role =
  "admin" | "lawOffice" | "clerk" | "reviewer" | "head" | "leader" | "auditor" | "mediator";
export type Scope = "own" | "subtree" | "all";

export interface Me {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  roles: Role[];
  scope: Scope;
  isAdmin: boolean;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface Problem {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; problems?: Problem[] };
}

export type FieldKind =
  | "text"
  | "longText"
  | "integer"
  | "money"
  | "date"
  | "boolean"
  | "choice"
  | "org"
  | "user"
  | "idNumber"
  | "creditCode"
  | "phone"
  | "catalogue"
  | "record"
  | "table"
  | "attachment";

/** Shown and required only while another field holds one of these values. */
export interface FieldCondition {
  field: string;
  in: (string | boolean)[];
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface Field {
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  options?: ChoiceOption[];
  maxLength?: number;
  min?: number;
  max?: number;
  help?: string;
  isSetByAction: boolean;
  /** catalogue fields: the id of the catalogue the code comes from. */
  catalogue?: string;
  /** record fields: the record types it may link to (`type:id`); absent: any type. */
  types?: string[];
  /** record fields: the button on a linked record's page that starts one (发起督办). */
  startLabel?: string;
  /** Shown (and required) only while another field of the record or row holds one of `in`. */
  when?: FieldCondition;
  /** A child table's columns and its row limits. */
  columns?: Field[];
  minRows?: number;
  maxRows?: number;
  /** Attachment fields: more than one file. */
  multiple?: boolean;
}

/** An entry of a catalogue, as the picker searches them. */
export interface CatalogueEntry {
  code: string;
  name: string;
  parent: string | null;
  isSelectable: boolean;
}

export type StateTone = "default" | "processing" | "success" | "warning" | "error";

export interface StateMeta {
  id: string;
  label: string;
  isFinal: boolean;
  tone: StateTone;
}

export interface ListMeta {
  columns: string[];
  filters: string[];
  defaultSort: { field: string; direction: "asc" | "desc" };
}

export interface TypeMeta {
  id: string;
  label: string;
  fields: Field[];
  states: StateMeta[];
  list: ListMeta;
  titleField: string;
  /** The user can create a record of this type for at least one organisation. */
  canCreate: boolean;
  /** The org field that owns a record (the first of the access rule's org fields). */
  ownerField: string;
  /** Organisations the user may put in `ownerField` (new and edited records); null: any. */
  ownerOrgIds: number[] | null;
  /** Date fields a new record starts with today in (the day it is received or created). */
  todayFields: string[];
  /** Statutory clocks; a type without any has no deadlines to show or filter by. */
  clocks: { id: string; label: string }[];
  /** The portal column its records are published to; null: not published. */
  publication: { column: string } | null;
}

export type FieldValue = string | number | boolean | null;
/** One row of a child table: its columns' values by name. */
export type RowValues = Record<string, FieldValue>;
export type Values = Record<string, FieldValue | RowValues[]>;

export type ClockTone = "overdue" | "dueSoon" | "running" | "paused" | "met" | "late";

export interface NextDue {
  label: string;
  dueOn: string;
  tone: ClockTone;
}

export interface ListItem {
  id: number;
  recordNumber: string | null;
  state: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  values: Values;
  display: Record<string, string>;
  nextDue: NextDue | null;
}

export interface ListResponse {
  items: ListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ClockStep {
  date: string;
  kind: string;
  text: string;
}

export interface ClockView {
  clockId: string;
  label: string;
  ruleId: string;
  citation: string;
  /** Who set the due date, for a due date set in the record (督办期限); null: a statute's. */
  setBy: string | null;
  startedOn: string;
  dueOn: string | null;
  stoppedOn: string | null;
  status: "running" | "paused" | "stopped";
  daysLeft: number | null;
  tone: ClockTone;
  provisional: boolean;
  steps: ClockStep[];
}

export interface ActionView {
  id: string;
  label: string;
  fields: Field[];
  requires: string[];
  /** Attachment fields that must hold a file before the action (uploaded on the record first). */
  requiresFiles: string[];
  tone: "primary" | "default" | "danger" | null;
  confirm: string | null;
  blockedReason: string | null;
}

/** One step of a statutory procedure an action needs completed first. */
export interface ChecklistItemView {
  id: string;
  label: string;
  basis: string;
  /** False: the step does not apply to this matter (不适用). */
  applies: boolean;
  met: boolean;
  message: string;
  detail: string | null;
}

export interface ChecklistView {
  action: string;
  label: string;
  items: ChecklistItemView[];
}

export interface RecordView extends ListItem {
  clocks: ClockView[];
  actions: ActionView[];
  checklists: ChecklistView[];
  isFinal: boolean;
  /** The user may edit the record's fields now (not final, editor role, in scope). */
  canEdit: boolean;
  /** Masked fields whose full value the user may ask for (查看完整信息, audited). */
  revealable: string[];
  /** "52 零售业" for the catalogue codes in child-table cells, by catalogue id and code. */
  catalogueNames: Record<string, Record<string, string>>;
}

/** A record of another type whose link field points at the record shown (its follow-ups). */
export interface LinkingRecord {
  recordType: string;
  field: string;
  id: number;
  recordNumber: string | null;
  title: string;
  state: string;
  values: Values;
  display: Record<string, string>;
  nextDue: NextDue | null;
}

export interface RevealResponse {
  /** Full numbers by field; for a child table, its rows with the full numbers. */
  values: Record<string, string | RowValues[]>;
}

/** One changed field, its values as people read them (names, labels, masked numbers). */
export interface HistoryChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface HistoryItem {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  changes: HistoryChange[];
}

export interface OrgOption {
  id: number;
  name: string;
  parentId: number | null;
  kind: OrgKind;
  code: string;
}

export type OrgKind =
  "government" | "department" | "township" | "subdistrict" | "team" | "committee" | "center";

export interface Org {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: OrgKind;
  path: string;
  active: boolean;
}

/** The contract names `User[]` without spelling it out; these are the fields the screens use. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName?: string;
  roles: Role[];
  scope: Scope;
  active: boolean;
}

export interface Items<T> {
  items: T[];
}
