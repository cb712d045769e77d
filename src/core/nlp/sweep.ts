/**
 * How compromise's post-tagger picks the patterns to try on each piece of a sentence, done in
 * time proportional to the piece instead of to the whole pattern net.
 *
 * compromise's last tagging pass (its 'postTagger' hook) splits each sentence at its commas and,
 * for every piece, walks every key of its pattern net (over a thousand words and tags) to collect
 * the patterns the piece might match, then filters that list three times: about a third of a
 * parse of a short draft. quickBulkMatch() collects the same patterns from the piece's own words
 * and tags (a few dozen), in the same order (the net's key order), with the same filters, and runs
 * them the same way, so the matches, and so every tag, are the same (parse.test.ts holds the
 * tokens to compromise's own pass). parse.ts puts it in place of compromise's `bulkMatch` only
 * while it tags a draft, so a bare nlp() elsewhere runs compromise's own.
 */

/** A pattern of compromise's net, as far as picking it goes (the rest is compromise's). */
export interface NetMatch {
  match: string;
  needs: readonly string[];
  wants: readonly string[];
  ifNo?: readonly string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

export interface Net {
  hooks: Readonly<Record<string, readonly NetMatch[]>>;
  always: readonly NetMatch[];
}

export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<ReadonlySet<string>>;
    match(document: unknown[][], todo: NetMatch): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[];

/**
 * A net as quickBulkMatch() walks it: the place of each key in compromise's order (Object.keys),
 * each key's patterns, and each pattern's number in `ids` (patterns with the same match text share
 * one: compromise takes a text once per piece), with a mark per number for the piece at hand.
 */
interface Order {
  rank: Map<string, number>;
  lists: Array<readonly NetMatch[]>;
  ids: Int32Array[];
  marks: Uint32Array;
  piece: number;
}

const orders = new WeakMap<Net, Order>();

function orderOf(net: Net): Order {
  let order = orders.get(net);
  if (!order) {
    const keys = Object.keys(net.hooks);
    const number = new Map<string, number>();
    const lists = keys.map((key) => net.hooks[key]!);
    const ids = lists.map((list) =>
      Int32Array.from(list, (m) => {
        let id = number.get(m.match);
        if (id === undefined) number.set(m.match, (id = number.size));
        return id;
      }),
    );
    order = { rank: new Map(keys.map((key, i) => [key, i])), lists, ids, marks: new Uint32Array(number.size), piece: 0 };
    orders.set(net, order);
  }
  return order;
}

/** Whether the piece has every word or tag a pattern needs, none it must not have, and enough of those it wants. */
function fits(m: NetMatch, haves: ReadonlySet<string>, words: number): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length > 0) {
    let found = 0;
    for (const want of m.wants) if (haves.has(want)) found += 1;
    if (found < m.minWant) return false;
  }
  return words >= m.minWords;
}

/**
 * compromise's bulkMatch for the post-tagger's call (no options): the same list of matches, in
 * the same order. `original` runs any other call.
 */
export function quickBulkMatch(original: BulkMatch): BulkMatch {
  return (document, net, methods, opts = {}) => {
    if (opts.matchOne) return original(document, net, methods, opts);
    const caches = methods.one.cacheDoc(document);
    const order = orderOf(net);
    const { rank, lists, ids, marks } = order;
    const results: unknown[] = [];
    for (let n = 0; n < document.length; n += 1) {
      const haves = caches[n]!;
      const words = document[n]!.length;
      // The net's keys this piece has, in the net's order.
      const at: number[] = [];
      for (const item of haves) {
        const r = rank.get(item);
        if (r !== undefined) at.push(r);
      }
      at.sort((a, b) => a - b);
      // A new mark for this piece (marks start again from zero when the counter wraps).
      order.piece = (order.piece + 1) >>> 0;
      if (order.piece === 0) {
        marks.fill(0);
        order.piece = 1;
      }
      const piece = order.piece;
      const todo: NetMatch[] = [];
      for (const r of at) {
        const list = lists[r]!;
        const numbers = ids[r]!;
        for (let j = 0; j < list.length; j += 1) {
          // A pattern (by its match text) listed under several keys is taken once, where it first comes.
          const id = numbers[j]!;
          if (marks[id] === piece) continue;
          marks[id] = piece;
          const m = list[j]!;
          if (fits(m, haves, words)) todo.push(m);
        }
      }
      for (const m of net.always) if (words >= m.minWords) todo.push(m);
      for (const m of todo) {
        const found = methods.one.match([document[n]!], m);
        for (const ptr of found.ptrs) {
          ptr[0] = n;
          const done: NetMatch & { pointer?: number[] } = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) done.unTag = m.unTag;
          results.push(done);
        }
      }
    }
    return results;
  };
}
