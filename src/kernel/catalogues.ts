// Catalogues: code lists that catalogue fields take their values from (industry classes, enforcement
// matters, licensing items, data catalogue entries). A catalogue is declared in code (its id, name,
// source and code shape); its entries are data, bundled with the platform and replaceable from a file
// when the issuing body publishes a new edition.
import type { RawEntry } from "./catalogue-file.js";

export interface CatalogueDeclaration {
  /** Stable id, referenced by catalogue fields: `industry`. */
  readonly id: string;
  /** 国民经济行业分类 */
  readonly label: string;
  /** The standard or document the codes come from, shown with the catalogue: GB/T 4754-2017. */
  readonly source: string;
  /** The shape every code must have, e.g. /^([A-T]|\d{2})$/ for sections and divisions. */
  readonly codePattern: RegExp;
  /** How the shape is explained in an error: 门类为一位大写字母，大类为两位数字. */
  readonly codeHelp: string;
  /** Whether only entries without children may be chosen (a division, not its section). */
  readonly leavesOnly: boolean;
  /** The entries shipped with the platform (as read from its file), loaded when the catalogue is empty. */
  readonly bundled: readonly RawEntry[];
}

export interface CatalogueEntry {
  readonly code: string;
  readonly name: string;
  /** The code of the entry this one belongs to (a division's section); null at the top. */
  readonly parent: string | null;
}

export interface EntryProblem {
  /** 1-based line of the entry in the file (after its header, if any). */
  readonly line: number;
  readonly field: "code" | "name" | "parent";
  readonly message: string;
}

export type ParsedEntries =
  | { readonly ok: true; readonly entries: readonly CatalogueEntry[] }
  | { readonly ok: false; readonly problems: readonly EntryProblem[] };

const MAX_NAME = 200;
/** The shape every catalogue code has at the least; a declaration narrows it. */
export const ANY_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

/**
 * Checks a whole edition of a catalogue before any of it is stored: codes of the declared shape and
 * unique, names present, parents that are entries of the same edition. All problems at once, by line.
 */
export function parseCatalogueEntries(
  catalogue: CatalogueDeclaration,
  raw: readonly RawEntry[],
): ParsedEntries {
  const problems: EntryProblem[] = [];
  const entries: CatalogueEntry[] = [];
  const lineOf = new Map<string, number>();
  raw.forEach((item, index) => {
    const line = index + 1;
    const code = typeof item.code === "string" ? item.code.trim() : "";
    const name = typeof item.name === "string" ? item.name.trim() : "";
    const parentText = typeof item.parent === "string" ? item.parent.trim() : "";
    const parent = parentText === "" ? null : parentText;
    if (!ANY_CODE.test(code) || !catalogue.codePattern.test(code)) {
      problems.push({
        line,
        field: "code",
        message: `第${line}条：编码“${code}”不符合《${catalogue.label}》的编码规则（${catalogue.codeHelp}）`,
      });
    } else if (lineOf.has(code)) {
      problems.push({
        line,
        field: "code",
        message: `第${line}条：编码“${code}”与第${lineOf.get(code)}条重复`,
      });
    } else lineOf.set(code, line);
    if (name === "" || name.length > MAX_NAME) {
      problems.push({
        line,
        field: "name",
        message: `第${line}条：名称${name === "" ? "不能为空" : `不能超过${MAX_NAME}字`}`,
      });
    }
    entries.push({ code, name, parent });
  });
  entries.forEach((entry, index) => {
    if (entry.parent !== null && !lineOf.has(entry.parent)) {
      problems.push({
        line: index + 1,
        field: "parent",
        message: `第${index + 1}条：上级编码“${entry.parent}”不在本目录中`,
      });
    }
  });
  if (problems.length === 0 && entries.length === 0) {
    problems.push({ line: 0, field: "code", message: "目录文件中没有任何条目" });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** Problems of the declarations themselves: ids, code shapes, and a bundled edition that parses. */
export function checkCatalogues(catalogues: readonly CatalogueDeclaration[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const catalogue of catalogues) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(catalogue.id))
      problems.push(`catalogue ${catalogue.id}: id must be camelCase`);
    if (seen.has(catalogue.id)) problems.push(`catalogue ${catalogue.id}: declared twice`);
    seen.add(catalogue.id);
    const parsed = parseCatalogueEntries(catalogue, catalogue.bundled);
    if (!parsed.ok) {
      for (const problem of parsed.problems.slice(0, 5))
        problems.push(`catalogue ${catalogue.id}: bundled entries: ${problem.message}`);
    }
  }
  return problems;
}
