// The overlap of compared collections: applications that belong to more than one of them (a study downloaded twice,
// two searches that share a technology). Counted per pair, for all of them at once, and per exact membership
// (which collections and no others, as an UpSet plot lists them), within the page's other filters.

import type {LandscapeData} from "../landscape/landscape-data.js";

export interface MembershipRow {
  /** Positions in the compared list (not collection ids), ascending. */
  members: number[];
  /** Applications in exactly these collections among the compared ones. */
  count: number;
}

export interface PairOverlap {
  a: number;
  b: number;
  /** Applications in both (whatever their other collections). */
  count: number;
}

export interface CollectionOverlap {
  /** The compared collection ids. */
  collections: number[];
  /** Applications of each compared collection that pass the filters. */
  sizes: number[];
  pairs: PairOverlap[];
  /** Applications in every compared collection. */
  inAll: number;
  /** Applications in two or more. */
  inSeveral: number;
  /** Applications in at least one. */
  union: number;
  /** Every non-empty membership, most applications first. */
  memberships: MembershipRow[];
}

/**
 * Which of the compared collections each application belongs to, as bits (bit i = collections[i]); 0 for an
 * application outside the mask or in none of them.
 */
export function membershipBits(data: LandscapeData, mask: Uint8Array, collections: readonly number[]): Uint8Array {
  const bitOf = new Map(collections.map((id, i) => [id, 1 << i]));
  const bits = new Uint8Array(data.applications);
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a]) continue;
    for (let r = data.collectionStart[a]!, end = data.collectionStart[a + 1]!; r < end; ++r) {
      bits[a]! |= bitOf.get(data.collectionOf[r]!) ?? 0;
    }
  }
  return bits;
}

const popCount = (bits: number) => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) ++n;
  return n;
};

/** `mask` is the page's other filters (years, FI, …) with no collection filter. At most 8 collections. */
export function collectionOverlap(
  data: LandscapeData,
  mask: Uint8Array,
  collections: readonly number[]
): CollectionOverlap {
  if (collections.length > 8) throw new RangeError(`at most 8 collections can be overlapped, got ${collections.length}`);
  const bits = membershipBits(data, mask, collections);
  const perPattern = new Int32Array(1 << collections.length);
  for (let a = 0; a < data.applications; ++a) ++perPattern[bits[a]!]!;
  const full = (1 << collections.length) - 1;
  const sizes = collections.map((_, i) => sumWhere(perPattern, (p) => (p & (1 << i)) !== 0));
  const pairs: PairOverlap[] = [];
  for (let i = 0; i < collections.length; ++i) {
    for (let j = i + 1; j < collections.length; ++j) {
      const both = (1 << i) | (1 << j);
      pairs.push({a: i, b: j, count: sumWhere(perPattern, (p) => (p & both) === both)});
    }
  }
  const memberships: MembershipRow[] = [];
  perPattern.forEach((count, pattern) => {
    if (pattern === 0 || count === 0) return;
    memberships.push({members: collections.flatMap((_, i) => (pattern & (1 << i) ? [i] : [])), count});
  });
  memberships.sort((x, y) => y.count - x.count || x.members.length - y.members.length);
  return {
    collections: [...collections],
    sizes,
    pairs,
    inAll: collections.length ? perPattern[full]! : 0,
    inSeveral: sumWhere(perPattern, (p) => popCount(p) >= 2),
    union: sumWhere(perPattern, (p) => p !== 0),
    memberships
  };
}

function sumWhere(perPattern: Int32Array, keep: (pattern: number) => boolean): number {
  let sum = 0;
  perPattern.forEach((count, pattern) => {
    if (keep(pattern)) sum += count;
  });
  return sum;
}

/** The applications in two or more of the compared collections, for the document list of the overlap. */
export function overlapMask(data: LandscapeData, mask: Uint8Array, collections: readonly number[]): Uint8Array {
  const bits = membershipBits(data, mask, collections);
  const overlap = new Uint8Array(data.applications);
  for (let a = 0; a < data.applications; ++a) overlap[a] = popCount(bits[a]!) >= 2 ? 1 : 0;
  return overlap;
}
