// The demo generators' draws from a seeded random source: whole numbers, picks, shuffles and
// chances. One implementation, so every generator consumes the sequence the same way and its
// data stays the same on every machine.

export type Dice = ReturnType<typeof dice>;

export function dice(random: () => number) {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(0, list.length - 1)];
    if (item === undefined) throw new Error("demo data: pick from an empty list");
    return item;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { int, pick, shuffle, chance: (probability: number) => random() < probability };
}
