// A seeded pseudo-random generator (sfc32) for the synthetic sample. Math.random cannot be seeded, and the sample
// must come out byte-identical on every machine and Node version, so everything random goes through here.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/**
 * A generator for one purpose, seeded from several numbers (a sample seed, an item index, a stream id). Separate
 * streams keep each part of the sample independent of how many draws the other parts make.
 */
export function createRandom(...seeds: number[]): Random {
  return new Sfc32(seeds);
}

// A class rather than closures: hundreds of thousands are created for a large sample, and per-instance closures
// cost far more than prototype methods.
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seeds: readonly number[]) {
    let h = 0x9e3779b9;
    for (const seed of seeds) h = mix32(h ^ mix32(seed >>> 0));
    this.a = mix32(h ^ 0x243f6a88);
    this.b = mix32(this.a ^ 0x85a308d3);
    this.c = mix32(this.b ^ 0x13198a2e);
    // Warm-up: the first outputs of sfc32 still resemble the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** The murmur3 finaliser: spreads every input bit over the whole 32-bit word. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Picks items with fixed relative weights in O(log n) per draw. */
export class WeightedChoice<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[]
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new Error("WeightedChoice needs one weight per item");
    }
    let sum = 0;
    for (const weight of weights) {
      sum += weight;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Zipf-like weights 1/rank^exponent: a few clear leaders and a long tail, as applicant counts look in practice. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({length: count}, (_, i) => 1 / Math.pow(i + 1, exponent));
}
