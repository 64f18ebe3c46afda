// A small LRU of list pages. An entry is served only while the type's version stamp (read from the
// database on every request) is unchanged, so a write on any instance invalidates it at once.
import type { Actor } from "./actor.js";
import type { ListQuery } from "./list-query.js";

const MAX_ENTRIES = 500;
// One cache per database handle: a process that opens two databases never mixes their pages.
const caches = new WeakMap<object, Map<string, unknown>>();

function cacheOf(database: object): Map<string, unknown> {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  return cache;
}

/** Everything a page depends on: type, data version, who asks (access and masking), query, today. */
export function listCacheKey(input: {
  readonly recordType: string;
  readonly stamp: string;
  readonly actor: Actor;
  readonly query: ListQuery;
  readonly today: string;
}): string {
  const { actor } = input;
  const who =
    actor.kind === "system"
      ? "system"
      : [
          actor.id,
          actor.orgId,
          actor.orgPath,
          actor.scope,
          [...actor.roles].sort().join("+"),
          // A token narrows what its user sees: its pages are not the user's.
          actor.token?.id ?? null,
        ];
  return JSON.stringify([input.recordType, input.stamp, who, input.query, input.today]);
}

export function cachedPage(database: object, key: string): unknown {
  const entries = cacheOf(database);
  const value = entries.get(key);
  if (value === undefined) return undefined;
  entries.delete(key);
  entries.set(key, value);
  return value;
}

export function storePage(database: object, key: string, page: unknown): void {
  const entries = cacheOf(database);
  entries.set(key, page);
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
}
