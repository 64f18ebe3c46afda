// The reference files the repository carries in docs/reference/, each with its path in the shared
// folder it is copied from; tests read these copies, `scripts/check-reference.ts` compares them.
export const REFERENCE_DIR = "docs/reference";

export const REFERENCE_FILES = {
  "houma-2023-figures.md": "reference/houma-2023-figures.md",
  "000_442e58c8c0dba56f.txt": "reference/000_442e58c8c0dba56f.txt",
  "cn-holidays.json": "domain/cn-holidays.json",
  "statutory-rules.md": "domain/statutory-rules.md",
} as const;

export type ReferenceFile = keyof typeof REFERENCE_FILES;
