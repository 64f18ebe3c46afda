// Results that carry field-level errors instead of throwing midway (house rule 7).

/** A problem with one input field: a stable code for programs, a Chinese message for people. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T>(...errors: FieldError[]): Result<T> => ({ ok: false, errors });
