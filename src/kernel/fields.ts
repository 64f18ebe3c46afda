// Field kinds of the declaration language: what a record type's fields can be. Each kind has its own
// declaration shape, so the compiler refuses options on a date or a maximum on a choice.
import type { RowValues } from "./values.js";

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/**
 * Shown, and required if declared required, only while another field of the same record (or the
 * same row of a child table) holds one of these values; otherwise it is empty.
 */
export interface FieldCondition {
  readonly field: string;
  readonly in: readonly (string | boolean)[];
}

interface FieldBase {
  readonly name: string;
  readonly label: string;
  /** Required when the record is created (while shown, if conditional). Actions can require more. */
  readonly required?: boolean;
  /** Shown in help text under the input. */
  readonly help?: string;
  /** Included in full-text search (`q`). */
  readonly searchable?: boolean;
  /** Set only by actions, never by create or edit forms. */
  readonly isSetByAction?: boolean;
  readonly when?: FieldCondition;
  /**
   * No two records of the type hold the same value (统一社会信用代码, 执法证号): a second one is
   * refused naming the field, and a unique index guards it. Top-level text, creditCode and
   * idNumber fields only.
   */
  readonly unique?: boolean;
}

export interface TextFieldDeclaration extends FieldBase {
  readonly kind: "text" | "longText";
  readonly maxLength?: number;
}

export interface NumberFieldDeclaration extends FieldBase {
  /** money: yuan, two decimals, stored as numeric. */
  readonly kind: "integer" | "money";
  readonly min?: number;
  readonly max?: number;
}

export interface ChoiceFieldDeclaration extends FieldBase {
  readonly kind: "choice";
  readonly options: readonly ChoiceOption[];
}

/** 公民身份号码 (GB 11643 checked) and telephone numbers: masked for roles without need. */
export interface SensitiveFieldDeclaration extends FieldBase {
  readonly kind: "idNumber" | "phone";
  /** Roles that see the value unmasked. */
  readonly unmaskedFor?: readonly string[];
}

export interface PlainFieldDeclaration extends FieldBase {
  /** date: YYYY-MM-DD; org: an organisation of the tree; creditCode: GB 32100 checked. */
  readonly kind: "date" | "boolean" | "org" | "user" | "creditCode";
}

/** A code from a declared catalogue (enforcement matters, industry classes, licensing items …). */
export interface CatalogueFieldDeclaration extends FieldBase {
  readonly kind: "catalogue";
  /** Id of a catalogue declared in src/domains/catalogues. */
  readonly catalogue: string;
}

/**
 * A link to another record (the instruction a follow-up carries out, the case it pushes). Stored as
 * `type:id` (`instruction:12`); shown as the record number and, to a user who may read it, its title.
 */
export interface RecordLinkFieldDeclaration extends FieldBase {
  readonly kind: "record";
  /** Record type ids it may point to; absent: any record type. */
  readonly types?: readonly string[];
  /**
   * The button on a linked record's page that starts a record of this type pointing at it
   * (发起督办), for users who may create one.
   */
  readonly startLabel?: string;
}

/** Files kept with the record (the text of a document, evidence, a signed decision). */
export interface AttachmentFieldDeclaration extends FieldBase {
  readonly kind: "attachment";
  /** More than one file (evidence); otherwise a new upload replaces the current one. */
  readonly multiple?: boolean;
}

/** A field that can be a column of a child table row. */
export type RowFieldDeclaration =
  | TextFieldDeclaration
  | NumberFieldDeclaration
  | ChoiceFieldDeclaration
  | SensitiveFieldDeclaration
  | PlainFieldDeclaration
  | CatalogueFieldDeclaration
  | RecordLinkFieldDeclaration;

/** Repeating rows inside a record (parties, inspected entities, review opinions …). */
export interface TableFieldDeclaration extends FieldBase {
  readonly kind: "table";
  readonly columns: readonly RowFieldDeclaration[];
  /** With `required`, at least this many rows (default 1). */
  readonly minRows?: number;
  readonly maxRows?: number;
  /**
   * A rule across rows, run once every cell is valid (a change's from-department is the previous
   * change's to-department): the problem names the row (counted from 1) and the column. Every
   * write path parses rows through parseRows, so forms, actions and imports all apply it.
   */
  readonly rowsCheck?: (rows: readonly RowValues[]) => RowsCheckProblem | null;
}

export interface RowsCheckProblem extends FieldValueError {
  /** The row, counted from 1 as people count them. */
  readonly row: number;
  readonly column: string;
}

export type FieldDeclaration =
  RowFieldDeclaration | AttachmentFieldDeclaration | TableFieldDeclaration;

export type FieldKind = FieldDeclaration["kind"];

export interface FieldValueError {
  readonly code: string;
  readonly message: string;
}

/** The options of a choice field; none for other kinds. */
export const optionsOf = (field: FieldDeclaration): readonly ChoiceOption[] =>
  field.kind === "choice" ? field.options : [];

/** The roles that see a sensitive field unmasked; none for other kinds. */
export const unmaskedRolesOf = (field: FieldDeclaration): readonly string[] =>
  field.kind === "idNumber" || field.kind === "phone" ? (field.unmaskedFor ?? []) : [];
