export type MasteryQuestion = { id: string; deckId: string; tags: readonly string[] };
export type MasteryRow = { key: string; questions: number; studied: number; mastery: number };

/**
 * Estimated knowledge per deck and per tag: mean retrievability over all of the group's questions,
 * unstudied ones counting 0, so a deck half-learnt well reads about 50 %.
 */
export function computeMastery(
  questions: readonly MasteryQuestion[],
  retrievabilityByQuestion: ReadonlyMap<string, number>,
): { byDeck: MasteryRow[]; byTag: MasteryRow[] } {
  const decks = new Map<string, { sum: number; questions: number; studied: number }>();
  const tags = new Map<string, { sum: number; questions: number; studied: number }>();
  const add = (map: typeof decks, key: string, r: number | undefined) => {
    const g = map.get(key) ?? { sum: 0, questions: 0, studied: 0 };
    g.questions++;
    if (r !== undefined) {
      g.studied++;
      g.sum += r;
    }
    map.set(key, g);
  };
  for (const q of questions) {
    const r = retrievabilityByQuestion.get(q.id);
    add(decks, q.deckId, r);
    // A question tagged twice with the same topic counts once for it.
    for (const tag of new Set(q.tags.map((t) => t.trim()).filter(Boolean))) add(tags, tag, r);
  }
  const rows = (map: typeof decks): MasteryRow[] =>
    [...map.entries()]
      .map(([key, g]) => ({ key, questions: g.questions, studied: g.studied, mastery: g.questions > 0 ? g.sum / g.questions : 0 }))
      .sort((a, b) => b.mastery - a.mastery || b.questions - a.questions || a.key.localeCompare(b.key));
  return { byDeck: rows(decks), byTag: rows(tags) };
}
