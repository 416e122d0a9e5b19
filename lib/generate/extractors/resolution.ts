import type { ArticleContext, SentenceInfo } from "../article-context";
import { acceptedAnswersFor } from "../accepted-answers";
import { answerForEntity, truthsFor, type Candidate } from "../candidate";
import { finishQuestion, leaks } from "../prompt-text";

const TEST_RE = /\b(first|second|third|fourth|fifth|sixth)\s+nuclear test\b/gi;

/**
 * Resolutions, tests and sanctions: "Which UN Security Council resolution was adopted on
 * March 2, 2016, after North Korea's fourth nuclear test?" and "On what date did North Korea
 * conduct its fourth nuclear test?".
 */
export function resolutionQuestions(ctx: ArticleContext, info: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  const actor = ctx.mainCountry === "North Korea" || /North Korea|Pyongyang|the North/.test(s) ? "North Korea" : null;
  const dates = info.entities.filter((e) => e.type === "date" && e.date?.day !== undefined);
  for (const e of info.entities) {
    if (e.type !== "resolution") continue;
    const date = dates.find((d) => d.start > e.end && d.start - e.end < 80);
    if (!date) continue;
    const dAns = answerForEntity(ctx, info, date);
    if (!dAns) continue;
    const tests = [...s.slice(0, e.start).matchAll(TEST_RE)];
    const test = tests[tests.length - 1];
    const after = test && actor ? `, after ${actor}’s ${test[1]?.toLowerCase()} nuclear test` : "";
    const answer = e.canonical;
    const p1 = finishQuestion(`Which UN Security Council resolution was adopted on ${dAns.answer}${after}`);
    if (!leaks(p1, [answer])) {
      out.push({ family: "resolution", prompt: p1, answer, accepted: acceptedAnswersFor(answer, "resolution", e.text), spec: { type: "resolution", answer, value: e.value }, truths: truthsFor(info, e), info, score: 0.95 });
    }
    const p2 = finishQuestion(`On what date was UN Security Council ${answer}${test && actor ? ` (after ${actor}’s ${test[1]?.toLowerCase()} nuclear test)` : ""} adopted`);
    if (!leaks(p2, [dAns.answer])) {
      out.push({ family: "date", prompt: p2, answer: dAns.answer, accepted: dAns.accepted, spec: dAns.spec, truths: truthsFor(info, date), info, score: 0.88 });
    }
  }
  // "… fourth nuclear test on Jan. 6" → when was the test?
  for (const m of s.matchAll(/\b(first|second|third|fourth|fifth|sixth)\s+nuclear test\s+on\s+/gi)) {
    const at = m.index + m[0].length;
    const date = dates.find((d) => d.start === at);
    if (!date || !actor) continue;
    const dAns = answerForEntity(ctx, info, date);
    if (!dAns) continue;
    const prompt = finishQuestion(`On what date did ${actor} conduct its ${m[1]?.toLowerCase()} nuclear test`);
    out.push({ family: "date", prompt, answer: dAns.answer, accepted: dAns.accepted, spec: dAns.spec, truths: truthsFor(info, date), info, score: 0.9 });
  }
  return out;
}
