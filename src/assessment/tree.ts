// The item tree of a scheme, from its flat rows: nesting, the numbers people cite (一、1.(1)),
// and the points of a heading (the sum of its leaves).
import type { DefaultItem, SchemeItem } from "./types.js";

export interface TreeNode {
  readonly item: SchemeItem;
  /** "一", "一.1", "一.1.(1)": first-level by Chinese numeral, then by position. */
  readonly number: string;
  readonly depth: number;
  readonly children: readonly TreeNode[];
  /** A leaf's own points; a heading's sum of its leaves. */
  readonly points: number;
}

const NUMERALS = "一二三四五六七八九十";

export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 11] ?? ""}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return n < 100
    ? `${NUMERALS[tens - 1] ?? ""}十${ones === 0 ? "" : (NUMERALS[ones - 1] ?? "")}`
    : String(n);
}

const numberAt = (depth: number, index: number, parent: string): string => {
  if (depth === 0) return chineseNumeral(index + 1);
  if (depth === 1) return `${parent}.${String(index + 1)}`;
  return `${parent}.(${String(index + 1)})`;
};

export function buildTree(items: readonly SchemeItem[]): TreeNode[] {
  const byParent = new Map<number | null, SchemeItem[]>();
  for (const item of items) {
    const siblings = byParent.get(item.parentId) ?? [];
    siblings.push(item);
    byParent.set(item.parentId, siblings);
  }
  const build = (parentId: number | null, depth: number, parent: string): TreeNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((item, index) => {
        const number = numberAt(depth, index, parent);
        const children = build(item.id, depth + 1, number);
        const points =
          children.length === 0
            ? (item.points ?? 0)
            : Math.round(children.reduce((sum, child) => sum + child.points, 0) * 100) / 100;
        return { item, number, depth, children, points };
      });
  return build(null, 0, "");
}

/** Every node, depth first, in reading order. */
export function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The leaves (scored items), each with the first-level heading it counts towards. */
export function leaves(nodes: readonly TreeNode[]): { node: TreeNode; top: TreeNode }[] {
  return nodes.flatMap((top) =>
    flatten([top])
      .filter((node) => node.children.length === 0)
      .map((node) => ({ node, top })),
  );
}

export const totalPoints = (nodes: readonly TreeNode[]): number =>
  Math.round(nodes.reduce((sum, node) => sum + node.points, 0) * 100) / 100;

/** Points of a default tree, for checking that it totals what it says. */
export const defaultTotal = (items: readonly DefaultItem[]): number =>
  items.reduce(
    (sum, item) => sum + (item.children ? defaultTotal(item.children) : (item.points ?? 0)),
    0,
  );
