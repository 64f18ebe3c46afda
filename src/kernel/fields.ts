// Field kinds of the declaration language: what a record type's fields can be.

export type FieldKind =
  | "text" // one line
  | "longText" // paragraphs
  | "integer"
  | "money" // yuan, two decimals, stored as numeric
  | "date" // YYYY-MM-DD
  | "boolean"
  | "choice" // one of declared options
  | "org" // an organisation of the tree
  | "user" // a user
  | "idNumber" // 公民身份号码, GB 11643 checked, masked for roles without need
  | "creditCode" // 统一社会信用代码, GB 32100 checked
  | "phone"; // masked for roles without need

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface FieldDeclaration {
  readonly name: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Required when the record is created. Actions can require more (see ActionDeclaration). */
  readonly required?: boolean;
  readonly options?: readonly ChoiceOption[];
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** Shown in help text under the input. */
  readonly help?: string;
  /** Included in full-text search (`q`). */
  readonly searchable?: boolean;
  /** Set only by actions, never by create or edit forms. */
  readonly isSetByAction?: boolean;
  /** Roles that see the value unmasked (idNumber and phone are masked for everybody else). */
  readonly unmaskedFor?: readonly string[];
}

export interface FieldValueError {
  readonly code: string;
  readonly message: string;
}
