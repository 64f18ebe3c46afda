import { describe, expect, it } from "vitest";
import { recordTypes } from "../domains/registry.js";
import { indicatorIndex } from "../engine/indicators.js";
import { national2021 } from "./national-2021.js";
import { buildTree, chineseNumeral, defaultTotal, leaves } from "./tree.js";
import type { DefaultItem, SchemeItem } from "./types.js";

describe("the item tree", () => {
  it("numbers items and sums a heading's leaves", () => {
    const items: SchemeItem[] = [
      { id: 1, parentId: null, position: 0, label: "甲", points: null, method: null },
      { id: 2, parentId: 1, position: 1, label: "乙", points: 2.5, method: null },
      { id: 3, parentId: 1, position: 0, label: "丙", points: 3, method: null },
      { id: 4, parentId: null, position: 1, label: "丁", points: 4, method: null },
    ];
    const tree = buildTree(items);
    expect(tree.map((node) => [node.number, node.points])).toEqual([
      ["一", 5.5],
      ["二", 4],
    ]);
    expect(tree[0]?.children.map((node) => `${node.number} ${node.item.label}`)).toEqual([
      "一.1 丙",
      "一.2 乙",
    ]);
    expect(leaves(tree).map(({ node, top }) => [node.item.id, top.item.id])).toEqual([
      [3, 1],
      [2, 1],
      [4, 4],
    ]);
    expect([1, 10, 11, 20, 23].map(chineseNumeral)).toEqual(["一", "十", "十一", "二十", "二十三"]);
  });
});

describe("the national 2021 default", () => {
  const walk = (items: readonly DefaultItem[]): DefaultItem[] =>
    items.flatMap((item) => [item, ...walk(item.children ?? [])]);

  it("has ten first-level headings totalling 100 points", () => {
    expect(national2021).toHaveLength(10);
    expect(defaultTotal(national2021)).toBe(100);
  });

  it("scores its formula items from indicators the platform declares", () => {
    const index = indicatorIndex(recordTypes);
    const keys = walk(national2021).flatMap((item) =>
      item.method?.kind === "formula" ? [item.method.formula.indicator] : [],
    );
    expect(keys.length).toBeGreaterThanOrEqual(5);
    for (const key of keys) expect(index.has(key), key).toBe(true);
    // every leaf has points and a method; every heading has neither
    for (const item of walk(national2021)) {
      if (item.children) expect(item.points ?? item.method).toBeUndefined();
      else expect(item.points !== undefined && item.method !== undefined).toBe(true);
    }
  });
});
