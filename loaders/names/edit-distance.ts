// Levenshtein distance with the edits that realise it, and a candidate index that finds every pair of strings
// within a small distance without comparing all pairs (20,000 names would be 200 million comparisons).

export interface Edit {
  /** The character removed or replaced; "" for an insertion. */
  from: string;
  /** The character inserted or put in its place; "" for a deletion. */
  to: string;
}

export interface EditScript {
  distance: number;
  edits: Edit[];
}

/**
 * The edit distance between `a` and `b` and one shortest list of edits, or null when the distance exceeds `max`
 * (decided as soon as a whole row of the table exceeds it). Works on UTF-16 code units: names are in the BMP.
 */
export function editScript(a: string, b: string, max: number): EditScript | null {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return null;
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let j = 0; j <= m; j++) table[j] = j;
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    table[row] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const substitute = table[row - width + j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = table[row - width + j]! + 1;
      const insert = table[row + j - 1]! + 1;
      const best = Math.min(substitute, remove, insert);
      table[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return null;
  }
  const distance = table[n * width + m]!;
  if (distance > max) return null;

  const edits: Edit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = table[i * width + j]!;
    if (i > 0 && j > 0) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      if (table[(i - 1) * width + j - 1]! + (same ? 0 : 1) === here) {
        if (!same) edits.push({from: a[i - 1]!, to: b[j - 1]!});
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && table[(i - 1) * width + j]! + 1 === here) {
      edits.push({from: a[i - 1]!, to: ""});
      i--;
    } else {
      edits.push({from: "", to: b[j - 1]!});
      j--;
    }
  }
  edits.reverse();
  return {distance, edits};
}

/**
 * Index pairs `[i, j]` (i < j) of `strings` whose edit distance may be at most `maxDistance`; a superset, to be
 * checked with `editScript`.
 *
 * Pigeonhole filter: cut a string into maxDistance + 1 segments; at most maxDistance edits touch at most
 * maxDistance segments, so one segment survives intact in the other string. It has moved by the net number of
 * characters inserted before it (`shift`), and the edits after it must make up the rest of the length difference,
 * so |shift| + |lengthDifference − shift| ≤ maxDistance. Each string is indexed by (length, segment number, segment
 * text); each string then looks up, for every length within reach and every segment, the substrings it has at the
 * allowed shifts: about 40 look-ups per string for maxDistance 2. Strings shorter than maxDistance + 1 characters
 * are not indexed.
 */
export function candidatePairs(strings: readonly string[], maxDistance: number): Array<[number, number]> {
  const segments = maxDistance + 1;
  // index.get(length)[segment].get(text) → ids
  const index = new Map<number, Array<Map<string, number[]>>>();
  for (let id = 0; id < strings.length; id++) {
    const s = strings[id]!;
    if (s.length < segments) continue;
    let bySegment = index.get(s.length);
    if (!bySegment) {
      bySegment = Array.from({length: segments}, () => new Map<string, number[]>());
      index.set(s.length, bySegment);
    }
    for (let k = 0; k < segments; k++) {
      const [start, end] = segmentBounds(s.length, k, segments);
      const text = s.slice(start, end);
      const ids = bySegment[k]!.get(text);
      if (ids) ids.push(id);
      else bySegment[k]!.set(text, [id]);
    }
  }

  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (let id = 0; id < strings.length; id++) {
    const s = strings[id]!;
    if (s.length < segments) continue;
    for (let length = Math.max(segments, s.length - maxDistance); length <= s.length + maxDistance; length++) {
      const bySegment = index.get(length);
      if (!bySegment) continue;
      const difference = s.length - length;
      for (let k = 0; k < segments; k++) {
        const [start, end] = segmentBounds(length, k, segments);
        const segmentIndex = bySegment[k]!;
        for (let shift = -maxDistance; shift <= maxDistance; shift++) {
          if (Math.abs(shift) + Math.abs(difference - shift) > maxDistance) continue;
          const from = start + shift;
          const to = end + shift;
          if (from < 0 || to > s.length) continue;
          const ids = segmentIndex.get(s.slice(from, to));
          if (!ids) continue;
          for (const other of ids) {
            if (other <= id) continue;
            const pairId = id * strings.length + other;
            if (seen.has(pairId)) continue;
            seen.add(pairId);
            pairs.push([id, other]);
          }
        }
      }
    }
  }
  return pairs;
}

function segmentBounds(length: number, k: number, segments: number): [number, number] {
  return [Math.floor((length * k) / segments), Math.floor((length * (k + 1)) / segments)];
}
