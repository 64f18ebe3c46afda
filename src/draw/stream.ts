// The deterministic random stream of the draw (docs/random-draw.md §4). Byte stream of one
// purpose = block 0 ‖ block 1 ‖ …, block i = SHA-256(seed (32 bytes) ‖ UTF-8(label) ‖ 0x00 ‖
// i as 8-byte big-endian). Each purpose (a stratum, an entity's team) has its own label, so the
// streams are independent and one purpose's draws never shift another's.
import { sha256 } from "@noble/hashes/sha2.js";
import { fromHex, isSha256Hex, utf8 } from "./canonical.js";
import { DRAW_FORMAT } from "./types.js";

/** Bits per candidate integer: 6 whole bytes, exact in a double, far above any list size. */
export const CANDIDATE_BITS = 48;
const CANDIDATE_RANGE = 2 ** CANDIDATE_BITS;

export class RandomStream {
  private readonly prefix: Uint8Array;
  private block = new Uint8Array(0);
  private offset = 0;
  private counter = 0;

  constructor(seedSha256: string, label: string) {
    if (!isSha256Hex(seedSha256)) throw new TypeError("种子必须是64位小写十六进制SHA-256值");
    if (label.includes("\u0000")) throw new TypeError("流标签不能含有NUL字符");
    const seed = fromHex(seedSha256);
    const name = utf8(label);
    this.prefix = new Uint8Array(seed.length + name.length + 1 + 8);
    this.prefix.set(seed, 0);
    this.prefix.set(name, seed.length);
    // The byte after the label stays 0x00 and the last 8 bytes take the counter.
  }

  /** Next byte of the stream. */
  nextByte(): number {
    if (this.offset === this.block.length) {
      const counterAt = this.prefix.length - 8;
      // Counters stay below 2^53, so the high and low 32-bit halves are exact.
      new DataView(this.prefix.buffer).setUint32(counterAt, Math.floor(this.counter / 2 ** 32));
      new DataView(this.prefix.buffer).setUint32(counterAt + 4, this.counter >>> 0);
      this.block = sha256(this.prefix);
      this.offset = 0;
      this.counter++;
    }
    return this.block[this.offset++] ?? 0;
  }

  /** The next 6 bytes as a big-endian integer in [0, 2^48). */
  nextCandidate(): number {
    let value = 0;
    for (let i = 0; i < CANDIDATE_BITS / 8; i++) value = value * 256 + this.nextByte();
    return value;
  }
}

/**
 * A uniform integer in [0, n) with no modulo bias: candidates x ≥ floor(2^48 / n)·n are
 * rejected and the next 6 bytes tried; the accepted x gives x mod n. Each residue then has
 * exactly floor(2^48 / n) preimages. n = 1 still reads (and never rejects) one candidate, so
 * the stream advances the same way for every n.
 */
export function uniformInt(stream: RandomStream, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > CANDIDATE_RANGE)
    throw new RangeError(`uniformInt: n 必须是1到2^48之间的整数，收到 ${n}`);
  const limit = Math.floor(CANDIDATE_RANGE / n) * n;
  for (;;) {
    const candidate = stream.nextCandidate();
    if (candidate < limit) return candidate % n;
  }
}

/** Stream label of stratum `index` (its position in material.strata). */
export const stratumLabel = (index: number, riskClass: string): string =>
  `${DRAW_FORMAT} stratum ${index} ${riskClass}`;

/** Stream label of the inspector team of one drawn entity. */
export const teamLabel = (creditCode: string): string => `${DRAW_FORMAT} inspectors ${creditCode}`;
