import { DEFAULT_LEARN_AHEAD_MS } from "./learn-ahead";
import { retrievability } from "./retrievability";
import { toFsrsParameters } from "./settings";
import { stateDefinition, type QueueKind } from "./states";
import { CardState, type Card, type SchedulerSettings } from "./types";

export interface QueueCardInput {
  questionId: string;
  /** Position of the question in the deck (new cards are introduced in this order). */
  position: number;
  /** Questions made from the same source sentence share a key; they are kept apart. */
  siblingKey?: string | null;
  /** Scheduling state, or null for a question the learner has never seen. */
  card: Card | null;
}

export interface BuildQueueOptions {
  now: Date;
  /** Reviews due before this instant count as due today; pass `learnerDay(...).end`. Default: due at or before `now`. */
  dayEnd?: Date;
  newCardsPerDay: number;
  /** New cards already introduced during the learner's current day. */
  newStudiedToday: number;
  /** The question shown last, kept off the front of the queue when anything else is available. */
  lastShownQuestionId?: string | null;
  /**
   * Learning cards due within this window are appended after everything else
   * (Anki's "learn ahead limit"), so a short session doesn't end with nothing to do. Default 20 min.
   */
  learnAheadMs?: number;
  /** For the forgetting curve (FSRS weights); defaults are fine otherwise. */
  settings?: Partial<SchedulerSettings>;
}

export interface QueueEntry {
  questionId: string;
  kind: QueueKind;
  siblingKey: string | null;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface StudyQueue {
  entries: QueueEntry[];
  counts: QueueCounts;
}

export { DEFAULT_LEARN_AHEAD_MS };

interface Candidate {
  input: QueueCardInput;
  kind: QueueKind;
  /** Bucket order: 0 learning due, 1 review, 2 new, 3 learn-ahead. */
  bucket: number;
  /** Sort key within the bucket, ascending. */
  key: number;
}

/**
 * The study queue for one deck: learning/relearning due now (earliest first),
 * then due reviews (lowest retrievability first), then new cards up to the
 * remaining daily limit (deck order), then learning cards due within the
 * learn-ahead window. The order is then adjusted so the same question or two
 * siblings never follow each other when something else is available.
 * O(n log n).
 */
export function buildQueue(cards: readonly QueueCardInput[], options: BuildQueueOptions): StudyQueue {
  const now = options.now.getTime();
  // dayEnd is exclusive; without one, a review due exactly now still counts.
  const dayEnd = options.dayEnd ?? new Date(now + 1);
  const learnAheadUntil = now + (options.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS);
  const w = toFsrsParameters(options.settings).w;
  const newLimit = Math.max(0, Math.floor(options.newCardsPerDay) - Math.max(0, Math.floor(options.newStudiedToday)));

  const candidates: Candidate[] = [];
  const newOnes: Candidate[] = [];
  for (const input of cards) {
    const card = input.card;
    if (!card || card.state === CardState.New) {
      newOnes.push({ input, kind: "new", bucket: 2, key: input.position });
      continue;
    }
    const def = stateDefinition(card.state);
    const due = card.due.getTime();
    if (def.queue === "learning") {
      if (def.isDue(card, options.now, dayEnd)) candidates.push({ input, kind: "learning", bucket: 0, key: due });
      else if (due <= learnAheadUntil) candidates.push({ input, kind: "learning", bucket: 3, key: due });
    } else if (def.isDue(card, options.now, dayEnd)) {
      candidates.push({ input, kind: "review", bucket: 1, key: retrievability(card, now, w) });
    }
  }
  newOnes.sort(byKeyThenId);
  candidates.push(...newOnes.slice(0, newLimit));
  candidates.sort((a, b) => a.bucket - b.bucket || byKeyThenId(a, b));

  const counts: QueueCounts = { new: 0, learning: 0, review: 0 };
  for (const c of candidates) counts[c.kind] += 1;

  const last = options.lastShownQuestionId ?? null;
  const lastInput = last === null ? undefined : cards.find((c) => c.questionId === last);
  const lastKey = last === null ? null : spacingKey(lastInput ?? { questionId: last, siblingKey: null });
  const ordered = spreadSiblings(candidates, lastKey);
  return {
    entries: ordered.map((c) => ({ questionId: c.input.questionId, kind: c.kind, siblingKey: c.input.siblingKey ?? null })),
    counts,
  };
}

function byKeyThenId(a: Candidate, b: Candidate): number {
  return (
    a.key - b.key ||
    // Ties (e.g. equal retrievability): most overdue first, then deck order.
    (a.input.card?.due.getTime() ?? 0) - (b.input.card?.due.getTime() ?? 0) ||
    a.input.position - b.input.position ||
    (a.input.questionId < b.input.questionId ? -1 : a.input.questionId > b.input.questionId ? 1 : 0)
  );
}

/** Questions with no sibling key are their own group; the prefix keeps the namespaces apart. */
function spacingKey(input: Pick<QueueCardInput, "questionId" | "siblingKey">): string {
  return input.siblingKey != null ? `s:${input.siblingKey}` : `q:${input.questionId}`;
}

/**
 * Greedy: always take the highest-priority remaining item whose group differs
 * from the previous one's; if none exists, take the highest-priority item.
 * Groups live in a min-heap keyed by the priority of their best remaining
 * item, so each step is O(log groups).
 */
function spreadSiblings<T extends { input: QueueCardInput }>(items: readonly T[], lastKey: string | null): T[] {
  const groups = new Map<string, { key: string; items: T[]; next: number; rank: number[] }>();
  items.forEach((item, rank) => {
    const key = spacingKey(item.input);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, items: [], next: 0, rank: [] }));
    g.items.push(item);
    g.rank.push(rank);
  });
  type Group = typeof groups extends Map<string, infer G> ? G : never;
  const heap = new MinHeap<Group>((a, b) => (a.rank[a.next] ?? Infinity) - (b.rank[b.next] ?? Infinity));
  for (const g of groups.values()) heap.push(g);

  const out: T[] = [];
  let prev = lastKey;
  while (heap.size > 0) {
    let g = heap.pop() as Group;
    let putBack: Group | undefined;
    if (g.key === prev && heap.size > 0) {
      putBack = g;
      g = heap.pop() as Group;
    }
    const item = g.items[g.next] as T;
    g.next += 1;
    out.push(item);
    prev = g.key;
    if (g.next < g.items.length) heap.push(g);
    if (putBack) heap.push(putBack);
  }
  return out;
}

class MinHeap<T> {
  private readonly data: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.data.length;
  }
  push(value: T): void {
    const d = this.data;
    d.push(value);
    let i = d.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(d[i] as T, d[parent] as T) >= 0) break;
      [d[i], d[parent]] = [d[parent] as T, d[i] as T];
      i = parent;
    }
  }
  pop(): T | undefined {
    const d = this.data;
    const top = d[0];
    const lastItem = d.pop();
    if (d.length > 0 && lastItem !== undefined) {
      d[0] = lastItem;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < d.length && this.less(d[l] as T, d[m] as T) < 0) m = l;
        if (r < d.length && this.less(d[r] as T, d[m] as T) < 0) m = r;
        if (m === i) break;
        [d[i], d[m]] = [d[m] as T, d[i] as T];
        i = m;
      }
    }
    return top;
  }
}
