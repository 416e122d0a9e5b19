import type { ArticleContext, SentenceInfo } from "../article-context";
import { answerForEntity, truthsFor, type Candidate } from "../candidate";
import { finishQuestion, leaks, selfContained } from "../prompt-text";

const VISIT_VERB = /\b(visited|traveled to|travelled to|made an? (?:[\w-]+ )?visit to|toured)\s+(?:the\s+)?$/;
const COUNT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const LEAD_TIME = /^((?:[Ii]n|[Oo]n|[Ff]rom|[Dd]uring|[Ll]ast)\s[^,]{2,40}),\s+|^([Tt]he following month|[Ll]ast (?:month|week|year))\s+/;

/**
 * Visits and meetings: "In May, Kim Yong-nam, Chairman of …, traveled to Indonesia and Singapore."
 * → "In May 2012, which two countries did Kim Yong-nam, Chairman of …, visit?"
 */
export function visitQuestions(ctx: ArticleContext, info: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  for (const e of info.entities) {
    if (!["list", "country", "city", "region"].includes(e.type) || e.adjective) continue;
    const before = s.slice(0, e.start);
    const verb = VISIT_VERB.exec(before);
    if (!verb) continue;
    // Clause start: after "; " or ", while " before the verb.
    const semi = before.lastIndexOf("; ");
    const whileAt = before.lastIndexOf(", while ");
    const clauseStart = Math.max(semi >= 0 ? semi + 2 : 0, whileAt >= 0 ? whileAt + 8 : 0);
    // Discourse markers go first so "Also in July, X visited" still finds its time phrase.
    let subject = s.slice(clauseStart, verb.index).trim().replace(/^(?:Also|Additionally|Moreover|In return|Then|However|Meanwhile),?\s+/i, "");
    subject = subject.charAt(0).toUpperCase() + subject.slice(1);
    let time = "";
    const lead = LEAD_TIME.exec(subject);
    if (lead) {
      time = lead[1] ?? lead[2] ?? "";
      subject = subject.slice(lead[0].length);
    } else if (clauseStart > 0) {
      const sentenceLead = LEAD_TIME.exec(s);
      if (sentenceLead) time = sentenceLead[1] ?? sentenceLead[2] ?? "";
    }
    subject = subject.replace(/^(?:Also|Additionally|Moreover|In return|Then),?\s+/i, "").replace(/^According to [^,]+,\s+/, "");
    // Keep the closing comma of an appositive ("Kim Yong-nam, Chairman of …, visit"), drop a stray one.
    if (!/,.*,$/.test(subject)) subject = subject.replace(/,$/, "");
    if (subject.split(/\s+/).length > 22 || subject.length < 3) continue;
    if (/^(it|he|she|they)$/i.test(subject)) continue;
    // What follows the destination in the clause: purpose ("to discuss …") or a trailing time.
    let rest = s.slice(e.end).split(/,\s+while\s|;\s|,\s+and\s|\s+and,?\s+while\b/)[0] ?? "";
    rest = rest.replace(/[.]$/, "");
    const trailingTime = /^\s+in\s+((?:early|late|mid-)?\s?[A-Z][a-z]+(?:\s+\d{4})?)\b/.exec(rest);
    if (trailingTime && !time) {
      time = `In ${trailingTime[1]}`;
      rest = rest.slice(trailingTime[0].length);
    }
    if (/^\s+and\s/.test(rest)) rest = "";
    const ans = answerForEntity(ctx, info, e);
    if (!ans) continue;
    const n = e.type === "list" ? (e.items?.length ?? 0) : 1;
    const itemType = e.type === "list" ? e.items?.[0]?.type : e.type;
    const noun = itemType === "city" ? (n > 1 ? "cities" : "city") : itemType === "region" ? "region" : n > 1 ? "countries" : "country";
    const which = n > 1 ? `which ${COUNT_WORDS[n] ?? n} ${noun}` : `which ${noun}`;
    const draft = `${time ? `${time}, ` : ""}${which} did ${subject} visit${rest}`;
    const resolved = selfContained(ctx, info, draft);
    let prompt = resolved.text;
    prompt = finishQuestion(prompt.charAt(0).toUpperCase() + prompt.slice(1));
    if (leaks(prompt, [ans.answer, e.text])) continue;
    // Places the same traveller visited at other times are also "true": never offer them.
    const who = info.entities.find((p) => p.type === "person" && p.start < verb.index && p.start >= clauseStart);
    const truths = truthsFor(info, e);
    if (who) {
      for (const other of ctx.sentences) {
        if (!other.sentence.text.includes(who.text) || !/visit|travel/.test(other.sentence.text)) continue;
        for (const o of other.entities) for (const m of o.type === "list" ? (o.items ?? []) : [o]) truths.push(m.canonical);
      }
    }
    out.push({ family: "visit", prompt, answer: ans.answer, accepted: ans.accepted, spec: ans.spec, truths, info, score: 0.93, unresolved: resolved.unresolved });
  }
  return out;
}

void COUNT_WORDS;
