// The organisation tree for pickers, loaded once per session and shared by every form.
import { useEffect, useState } from "react";
import { fetchOrgOptions } from "../api/records";
import type { OrgOption } from "../api/types";

export interface OrgTreeNode {
  value: number;
  title: string;
  disabled?: boolean;
  children?: OrgTreeNode[];
}

export interface OrgOptions {
  tree: OrgTreeNode[];
  names: ReadonlyMap<number, string>;
  loading: boolean;
}

let cached: Promise<OrgOption[]> | null = null;

/** Forget the cached tree (after an org is created or renamed, or on sign-out). */
export function resetOrgOptions(): void {
  cached = null;
}

interface TreeOrg {
  id: number;
  parentId: number | null;
  name: string;
}

export function buildOrgTree(orgs: readonly TreeOrg[]): OrgTreeNode[] {
  const ids = new Set(orgs.map((org) => org.id));
  const children = new Map<number | null, TreeOrg[]>();
  for (const org of orgs) {
    const parent = org.parentId !== null && ids.has(org.parentId) ? org.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), org]);
  }
  const build = (parent: number | null): OrgTreeNode[] =>
    (children.get(parent) ?? []).map((org) => {
      const below = build(org.id);
      return below.length === 0
        ? { value: org.id, title: org.name }
        : { value: org.id, title: org.name, children: below };
    });
  return build(null);
}

/**
 * The tree cut down to the allowed organisations: each keeps the path above it, shown but not
 * selectable, so that 侯马市司法局 still reads under 侯马市人民政府.
 */
export function restrictTree(
  tree: readonly OrgTreeNode[],
  allowed: ReadonlySet<number>,
): OrgTreeNode[] {
  return tree.flatMap((node) => {
    const children = restrictTree(node.children ?? [], allowed);
    const isAllowed = allowed.has(node.value);
    if (!isAllowed && children.length === 0) return [];
    return [
      {
        value: node.value,
        title: node.title,
        ...(isAllowed ? {} : { disabled: true }),
        ...(children.length === 0 ? {} : { children }),
      },
    ];
  });
}

const EMPTY: OrgOptions = { tree: [], names: new Map(), loading: true };

export function useOrgOptions(): OrgOptions {
  const [options, setOptions] = useState<OrgOptions>(EMPTY);
  useEffect(() => {
    let live = true;
    cached ??= fetchOrgOptions().then((answer) => answer.items);
    cached.then(
      (orgs) => {
        if (!live) return;
        setOptions({
          tree: buildOrgTree(orgs),
          names: new Map(orgs.map((org) => [org.id, org.name])),
          loading: false,
        });
      },
      () => {
        cached = null;
        if (live) setOptions({ ...EMPTY, loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return options;
}
