// Collects query parameters while SQL text is assembled, so values are never spliced into SQL.
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder ($1, $2, …). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
