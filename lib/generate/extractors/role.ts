import type { ArticleContext, SentenceInfo } from "../article-context";
import { answerForEntity, truthsFor, type Candidate } from "../candidate";
import { PEOPLE } from "../gazetteers/people";
import { ROLE_NOUN_RE, ROLE_TITLE_WORDS } from "../lexicon";
import { finishQuestion, leaks } from "../prompt-text";

// Words allowed in a title written before a name: "North Korean Foreign Minister", "Vice Foreign Minister".
const TITLE_WORD = /^(?:[A-Z][\p{L}’'-]*|vice|deputy|senior|foreign|defen[cs]e|prime|minister|president|secretary|director|chairman|ambassador|premier|envoy|spokes(?:man|woman|person)|chief|head|coach|captain|manager|professor|lead|research|fellow|astronomer|striker|goalkeeper)$/u;

/** "Who was Chairman of …?" and "What position did Kim Yong-nam hold?" from titles and appositives. */
export function roleQuestions(ctx: ArticleContext, info: SentenceInfo, seenPeople: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const s = info.sentence.text;
  const year = ctx.ref.year;
  const when = year ? ` in ${year}` : "";
  for (const e of info.entities) {
    if (e.type !== "person" || !e.text.includes(" ")) continue;
    if (seenPeople.has(e.text)) continue;
    let role: string | null = null;
    let bareTitle: string | null = null; // the words as printed, accepted when the role was completed
    // Appositive after the name: "Kim Yong-nam, Chairman of the Presidium of …,"
    const app = /^,\s+((?:the\s+)?[^,.;“”"]{3,90}?)(?=,|\.|;|$)/.exec(s.slice(e.end));
    if (app && !/^(?:and|or|but|while|who|which|whose|where)\b/.test(app[1] ?? "") && ROLE_NOUN_RE.test((app[1] ?? "").split(/\s+/).slice(0, 4).join(" ")) && !/\b(is|was|has|had|visited|said|and [a-z]+ed)\b/.test(app[1] ?? "")) {
      role = (app[1] ?? "").replace(/^(?:the|an?)\s+/, "");
    }
    // Title before the name: "Cambodian foreign minister Hor Namhong".
    if (!role) {
      const words = s.slice(0, e.start).trimEnd().split(/\s+/);
      const taken: string[] = [];
      for (let i = words.length - 1; i >= 0 && taken.length < 6; i--) {
        const w = words[i] ?? "";
        if (!TITLE_WORD.test(w) || /[,.;:’']$/.test(w) || /^(In|On|The|A|An|During|After|With)$/.test(w)) break;
        taken.unshift(w);
      }
      const title = taken.join(" ");
      // A bare "Foreign Minister" says nothing about whose; require a country/organisation word
      // or a multi-word title ("Vice Foreign Minister", "Assistant Secretary").
      // A capitalised word that is not itself a title ("Riverside coach", "Cambodian foreign minister") says whose.
      const specific = taken.some((w) => /^[A-Z]/.test(w) && !ROLE_TITLE_WORDS.has(w)) || /Vice|Assistant/.test(title) || taken.length >= 3;
      // "administration-era (2003-2008) Unification Minister": a past office, not one held at publication.
      const past = /\b(?:era|former|ex-|then)\b|\)\s*$/.test(s.slice(Math.max(0, e.start - title.length - 30), e.start - title.length));
      const ofCountry = /^\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(s.slice(e.end));
      // "Prime Minister Shinzo Abe": the gazetteer knows whose prime minister.
      const known = PEOPLE.find((p) => p.name === e.canonical)?.country;
      if (taken.length > 0 && ROLE_NOUN_RE.test(title) && !past) {
        if (ofCountry) role = `${title} of ${ofCountry[1]}`;
        else if (specific) role = title;
        else if (known) role = `${title} of ${known}`;
        bareTitle = title;
      }
    }
    // Title as an appositive before the name: "signed by Chile's trade minister, Ana Torres, and …".
    if (!role && /,\s$/.test(s.slice(0, e.start))) {
      const before = s.slice(0, e.start - 2);
      const cut = Math.max(before.lastIndexOf(", "), before.lastIndexOf(" by "), before.lastIndexOf(" and "), before.lastIndexOf("("));
      const phrase = before.slice(cut < 0 ? 0 : cut + (before.startsWith(", ", cut) ? 2 : before.startsWith("(", cut) ? 1 : before.startsWith(" by ", cut) ? 4 : 5)).trim();
      if (phrase.split(/\s+/).length <= 8 && ROLE_NOUN_RE.test(phrase) && !/\b(was|is|were|has|had|said|signed|met)\b/.test(phrase) && /^[A-Z]/.test(phrase) && !/^(The|A|An)\s/.test(phrase)) role = phrase;
    }
    // Relation before the name: "Kim Jong Un's powerful uncle, Jang Song Thaek, was purged".
    if (!role) {
      const rel = /([A-Z][\p{L}\- ]+?[’']s (?:[a-z]+ )?(?:uncle|aunt|wife|husband|son|daughter|brother|sister|father|mother|adviser|deputy|successor|predecessor)),\s$/u.exec(s.slice(Math.max(0, e.start - 60), e.start));
      if (rel) role = rel[1] ?? null;
    }
    if (!role || role.length < 4) continue;
    const ans = answerForEntity(ctx, info, e);
    if (!ans) continue;
    seenPeople.add(e.text);
    const article = /^(Chairman|Secretary|Director|President|Premier|Vice|Prime|Foreign|Assistant)\b/.test(role) || /[’']s\b/.test(role) ? "" : "the ";
    // Family relations are not offices held in a given year.
    const isRelation = /[’']s (?:[a-z]+ )?(?:uncle|aunt|wife|husband|son|daughter|brother|sister|father|mother)\b/.test(role);
    const who = finishQuestion(`Who was ${article}${role}${isRelation ? "" : when}`);
    if (!leaks(who, [ans.answer, e.text])) {
      out.push({ family: "role", prompt: who, answer: ans.answer, accepted: ans.accepted, spec: ans.spec, truths: truthsFor(info, e), info, score: 0.86 });
    }
    const what = finishQuestion(`What position did ${e.text} hold${when}, according to the article`);
    if (!leaks(what, [role])) {
      const accepted = bareTitle && bareTitle !== role ? [bareTitle] : [];
      out.push({ family: "role", prompt: what, answer: role, accepted, spec: { type: "name", answer: role }, truths: [], info, score: 0.7, kind: "flashcard" });
    }
  }
  return out;
}
