// Demo refs without a database, for tests and benchmarks that run a generator on its own: orgs get
// the ids the caller gives, and the records of earlier types are numbered 1, 2, … in demo order, as
// a fresh database numbers them when the demo loads.
import { domains } from "../domains/registry.js";
import { foldDemoRecord } from "./fold.js";
import { seededRandom } from "./random.js";
import type { DemoRefs, LoadedDemoRecord } from "./types.js";

export function offlineDemoRefs(today: string, org: (code: string) => number): DemoRefs {
  const cache = new Map<string, readonly LoadedDemoRecord[]>();
  const refs: DemoRefs = {
    org,
    // Each generator gets its own sequence, as seedDemo gives it.
    random: seededRandom(20_231_231),
    today,
    loaded: (typeId) => {
      const known = cache.get(typeId);
      if (known) return known;
      const domain = domains.find((item) => item.type.id === typeId);
      if (!domain) return [];
      const records = domain
        .demo({ ...refs, random: seededRandom(20_231_231) })
        .map((record, i) => {
          const folded = foldDemoRecord(domain.type, record, () => 1, today);
          return {
            link: `${typeId}:${i + 1}`,
            state: folded.state ?? domain.type.workflow.initial,
            values: folded.values as LoadedDemoRecord["values"],
          };
        });
      cache.set(typeId, records);
      return records;
    },
  };
  return refs;
}
