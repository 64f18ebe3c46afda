// Which list positions each stratum draws (docs/random-draw.md §5): a partial Fisher–Yates
// shuffle over a virtual array [0, 1, …, size−1]. Only swapped cells are stored, so drawing
// 1,428 of 450,000 touches 1,428 cells and the server never loads the list.
import { DrawError } from "./errors.js";
import { RandomStream, stratumLabel, uniformInt } from "./stream.js";
import type { RiskClass } from "./types.js";

export interface StratumShape {
  readonly riskClass: RiskClass;
  readonly size: number;
  readonly quota: number;
}

/**
 * For stratum s (in the given order) with stream label "fazhi-draw/1 stratum s CLASS":
 * for i = 0 … quota−1, j = i + uniformInt(size − i); swap a[i] and a[j]; emit a[i].
 * Positions are returned in draw order, distinct, each in [0, size); every ordered quota-tuple
 * of distinct positions is equally likely.
 */
export function drawPositions(seedSha256: string, strata: readonly StratumShape[]): number[][] {
  return strata.map((stratum, index) => {
    const { riskClass, size, quota } = stratum;
    if (!Number.isSafeInteger(size) || size < 0)
      throw new DrawError(`第${index + 1}层（${riskClass}）的名录数量 ${size} 不是非负整数`);
    if (!Number.isSafeInteger(quota) || quota < 0 || quota > size)
      throw new DrawError(`第${index + 1}层（${riskClass}）的抽取数 ${quota} 应在0到${size}之间`);
    const stream = new RandomStream(seedSha256, stratumLabel(index, riskClass));
    const swapped = new Map<number, number>();
    const at = (cell: number): number => swapped.get(cell) ?? cell;
    const drawn: number[] = [];
    for (let i = 0; i < quota; i++) {
      const j = i + uniformInt(stream, size - i);
      const picked = at(j);
      swapped.set(j, at(i));
      // Cell i is never read again (later j ≥ i+1), so it need not be stored.
      swapped.delete(i);
      drawn.push(picked);
    }
    return drawn;
  });
}
