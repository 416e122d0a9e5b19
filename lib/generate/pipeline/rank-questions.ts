// Stage 5, rank and select: the best question per fact, at most one per sentence and per answer, spread
// over the article, and only as many as the article has facts worth asking — there is no minimum.
import type { AnswerSpec } from "../distractors";
import type { Realised } from "./realise-question";

// Low scorers fall out rather than fill a quota (dates after the lead and side actors now score lower).
const MIN_SCORE = 0.7;
// Below full confidence readers accept too little to hand out. Fresh blind reads (docs/generator-quality.md, round 12):
// questions the realiser was fully sure of were accepted 79% (sets 70-99), 83% (100-105) and 58% (106-111), "who
// said" 74%; the rest 43%, 25% and 6%. So only those are asked, and where someone went (the seeds' "Vietnam and Laos"
// and "Incheon" were accepted in every read), which the score undervalues when the trip is told after the lead.
const CONFIDENT = 0.99;

function confident(c: Realised): boolean {
  return c.score >= CONFIDENT || c.form === "quote" || (c.fact.kind === "entity" && c.fact.destination);
}

// The woven topic ("For the malaria vaccine, …") and a results story's period ("In 2024, …") are shared by design: they
// do not make two prompts the same question ("In 2024, Vientos del Este's revenue increased 9% to _____" is not the
// lead's profit card again).
const words = (p: string) => new Set(p.replace(/^(?:Fill in the blank:\s*)?(?:For the [^,]{2,60}|In (?:the [a-z]+ (?:quarter|half) of |the year to [A-Z][a-z]+ |the six months to [A-Z][a-z]+ )?\d{4}),\s*/, "").toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/).filter((w) => w.length > 3));

function overlap(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (Math.min(a.size, b.size) || 1);
}

/** Two figures of the same kind within 5% of each other: "a near 40 percent rise" and "up 39.7 percent" are one fact.
 * (The figure's value and unit come typed from the analysis, as the options stage reads them.) */
function sameFigure(a: AnswerSpec, b: AnswerSpec): boolean {
  if (!["money", "percent", "quantity"].includes(a.type) || a.type !== b.type || a.unit !== b.unit) return false;
  const [x, y] = [a.value ?? 0, b.value ?? 0];
  return x > 0 && y > 0 && Math.abs(x - y) / Math.max(x, y) < 0.05;
}

// A results story's line items: "a near 40 percent rise in annual net profit" and "net profit rose to 19.7 billion
// tögrög" are two cards on one line of the accounts, and the deck asks each line once.
const METRIC_RE = /\b(net profit|net income|net loss|pre-tax profit|operating profit|ebitda|revenue|sales|turnover)\b/i;

function sameMetric(a: Realised, b: Realised): boolean {
  if (![a, b].every((x) => ["money", "percent"].includes(x.answer.spec.type))) return false;
  const m = METRIC_RE.exec(a.prompt)?.[1]?.toLowerCase();
  return m !== undefined && m === METRIC_RE.exec(b.prompt)?.[1]?.toLowerCase();
}

// The lines of the accounts a teacher asks of a results story are its bottom line and its top line. Earnings before
// interest, tax, depreciation and amortisation and operating profit are the analyst's lines: pooled over the reads of
// rounds 15-17 readers accepted 25 of 38 such cards and 12 of 20 on operating profit ("a secondary line item", sets 267
// and 274), against 149 of 172 on net profit; over rounds 10-17, 20 of 40 cards on a margin. They are asked only when the
// story gives neither of the others, or when its lead reports them as the headline ("reported a rise of _____ in
// operating profit": 8 of 10).
const PRIMARY_LINE_RE = /\b(?:net profit|net income|net loss|pre-tax profit|profit before tax|revenue|sales|turnover)\b/i;
const SECONDARY_LINE_RE = /\b(?:ebitda|earnings before interest|operating (?:profit|income|loss)|margin)\b/i;

/** The clause of the prompt the blank is in: "revenue declined 8.4 per cent to _____" of "…, and gross margin narrowed…". */
function blankClause(prompt: string): string {
  // (The commas of "earnings before interest, tax, depreciation and amortisation" are inside one line's name.)
  const [before = "", after = ""] = prompt.replace(/\binterest, tax, depreciation\b/gi, "interest tax depreciation").split("_____");
  return `${before.split(/,\s+/).pop() ?? ""}_____${after.split(/,\s+/)[0] ?? ""}`;
}

/** The line of the accounts a money or percentage card asks, as the clause its blank is in ("" for any other card). */
function accountsLine(r: Realised): string {
  return ["money", "percent"].includes(r.answer.spec.type) ? blankClause(r.prompt) : "";
}

/** Whether the story gives a net profit, revenue or other primary line card. */
function hasPrimaryLine(candidates: Realised[]): boolean {
  return candidates.some((o) => {
    const line = accountsLine(o);
    return PRIMARY_LINE_RE.test(line) && !SECONDARY_LINE_RE.test(line);
  });
}

/** An analyst's line (not from the lead) in a story that gives a primary one. */
function secondaryLine(c: Realised, primary: boolean): boolean {
  return primary && c.fact.info.index > 0 && SECONDARY_LINE_RE.test(accountsLine(c));
}

export function rankQuestions(candidates: Realised[], max: number): Realised[] {
  // Blind readers accepted 27% to 39% of the fill-ins and wh-questions from the front of a news report (news, results,
  // science, sport) and 3% to 29% of those from its back part (1,437 verdicts, rounds 3 to 9): there a report gives
  // colour, background and reactions, and it is not asked. (Who said what is asked there as anywhere: 38% to 50%.)
  const sorted = candidates.filter((c) => !(c.fact.kind === "entity" && c.fact.late) && confident(c)).sort((x, y) => y.score - x.score || x.fact.info.index - y.fact.info.index || (x.prompt < y.prompt ? -1 : 1));
  const informative = new Set(candidates.map((c) => c.fact.info.index)).size;
  // At most one question for each sentence that states something askable, on average.
  const budget = Math.min(max, Math.max(1, informative));
  const kept: Realised[] = [];
  const sentences = new Map<number, string[]>();
  const answers = new Set<string>();
  const prompts: Array<Set<string>> = [];
  const primary = hasPrimaryLine(sorted);
  for (const c of sorted) {
    if (kept.length >= budget || c.score < MIN_SCORE) break;
    const answer = c.answer.answer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    const toks = words(c.prompt);
    // One question per sentence: two from one sentence read as the same card asked twice.
    const asked = sentences.get(c.fact.info.index) ?? [];
    const type = c.answer.spec.type;
    if (asked.length >= 1 || answers.has(answer) || prompts.some((p) => overlap(p, toks) >= 0.6)) continue;
    if (kept.some((k) => sameFigure(k.answer.spec, c.answer.spec) || sameMetric(k, c)) || secondaryLine(c, primary)) continue;
    sentences.set(c.fact.info.index, [...asked, type]);
    answers.add(answer);
    prompts.push(toks);
    kept.push(c);
  }
  return kept;
}
