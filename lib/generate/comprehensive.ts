import type { IngestedArticle } from "@/lib/content/ingest-article";
import { buildArticleContext, type ArticleContext } from "./article-context";
import type { Candidate } from "./candidate";
import { chooseDistractors, orderChoices, poolFromEntities } from "./distractors";
import { clozeQuestions } from "./extractors/cloze";
import { echoQuestions } from "./extractors/entity-echo";
import { quoteQuestions } from "./extractors/quote";
import { resolutionQuestions } from "./extractors/resolution";
import { roleQuestions } from "./extractors/role";
import { visitQuestions } from "./extractors/visit";
import { TOPICS } from "./gazetteers/topics";
import { dedupeAndRank } from "./select";
import type { DistractorPool, GeneratedQuestion, QuestionKind } from "./types";

const MIN_SCORE = 0.35;
const MIN_DECK = 25;

function tagsFor(c: Candidate): string[] {
  const tags: string[] = [];
  for (const e of c.info.entities) {
    const members = e.type === "list" ? (e.items ?? []) : [e];
    for (const m of members) {
      if (["person", "country", "region", "organisation", "city", "zone"].includes(m.type) && (m.type !== "person" || m.text.includes(" "))) tags.push(m.canonical);
    }
  }
  for (const t of TOPICS) if (t.cues.test(c.info.sentence.text)) tags.push(t.tag);
  return [...new Set(tags)].slice(0, 10);
}

type Draft = GeneratedQuestion & { candidate: Candidate };

/** Cheap first pass: everything dedupe/ranking needs, without distractors or tags. */
function toDraft(c: Candidate): Draft {
  const { sentence } = c.info;
  const score = Math.max(0, Math.min(1, Math.round((c.score - (c.unresolved ? 0.25 : 0)) * 1000) / 1000));
  return {
    kind: c.kind ?? "typed",
    prompt: c.prompt,
    answer: c.answer,
    acceptedAnswers: c.accepted.filter((a) => a !== c.answer),
    source: sentence.text,
    sourceStart: sentence.start,
    sourceEnd: sentence.end,
    tags: [],
    score,
    family: c.family,
    candidate: c,
  };
}

/** Second pass, for the keepers only: the draft with its question kind (choices when multiple choice) and tags. */
function toQuestion(draft: Draft, pool: DistractorPool | undefined, counter: { n: number }): GeneratedQuestion {
  const { candidate: c, ...base } = draft;
  let kind: QuestionKind;
  let choices: string[] | undefined;
  const long = c.answer.length > 40 || c.answer.split(/\s+/).length > 6;
  if (c.kind) kind = c.kind;
  else {
    // Alternate MC and typed for short canonical answers; MC needs three same-type distractors.
    const wantMc = c.family === "visit" || c.family === "quote" || c.family === "role" || counter.n++ % 2 === 0;
    const distractors = wantMc ? chooseDistractors(c.spec, pool, c.truths, c.prompt) : null;
    if (distractors) {
      kind = "multiple_choice";
      choices = orderChoices(c.answer, distractors, c.prompt);
    } else kind = long ? "flashcard" : "typed";
  }
  // The draft's fields (and their order, so the output is byte-identical), its score computed once there.
  const q: GeneratedQuestion = { ...base, kind, tags: tagsFor(c) };
  if (choices) q.choices = choices;
  return q;
}

function candidatesFor(ctx: ArticleContext): Candidate[] {
  const wordCounts = new Map<string, number>();
  for (const w of ctx.article.body.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const seenPeople = new Set<string>();
  const out: Candidate[] = [];
  for (const info of ctx.sentences) {
    const direct = [
      ...visitQuestions(ctx, info),
      ...resolutionQuestions(ctx, info),
      ...roleQuestions(ctx, info, seenPeople),
      ...quoteQuestions(ctx, info),
      ...echoQuestions(ctx, info),
    ];
    // A cloze of an answer this sentence already asks about would be dropped as a duplicate
    // anyway; not building it halves the prompt rewriting work.
    const asked = new Set(direct.filter((c) => !c.unresolved).map((c) => c.answer));
    out.push(...direct, ...clozeQuestions(ctx, info, wordCounts, asked));
  }
  return out;
}

/**
 * The first generator (kept as the default while the one-way pipeline in pipeline/ catches up on
 * coverage): every extractor proposes prompts, and a deck has at least MIN_DECK questions.
 * Deterministic: same article → identical output.
 */
export function generateComprehensive(article: IngestedArticle, opts: { max: number; distractorPool?: DistractorPool }): GeneratedQuestion[] {
  const ctx = buildArticleContext(article);
  const pool = opts.distractorPool ?? poolFromEntities(ctx.sentences.map((s) => s.entities));
  const counter = { n: 0 };
  const max = opts.max;
  const drafts = candidatesFor(ctx).map(toDraft).filter((q) => q.score >= MIN_SCORE);
  // Rank and de-duplicate first, then spend time on distractors and tags only for the keepers.
  const ranked = dedupeAndRank(drafts);
  // Prompts with an unanchored pronoun or relative date are a last resort: used only when an
  // article would otherwise give fewer than MIN_DECK questions.
  const resolved = ranked.filter((d) => !d.candidate.unresolved);
  const chosen = resolved.length >= Math.min(MIN_DECK, max) ? resolved : [...resolved, ...ranked.filter((d) => d.candidate.unresolved).slice(0, MIN_DECK - resolved.length)];
  return chosen.slice(0, max).map((d) => toQuestion(d, pool, counter));
}
