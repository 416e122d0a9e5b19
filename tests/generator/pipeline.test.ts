// Regression tests for issue 12's failure patterns, one small article each, through the real pipeline.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/content/ingest-article";
import { generateQuestions, type GeneratedQuestion } from "@/lib/generate";
import { analyseArticle } from "@/lib/generate/pipeline/analyse-article";
import { baseFormOfPast, compressToFit, relativeClauseFact, reportedPart, trimAsides } from "@/lib/generate/pipeline/clause-tools";
import { extractFacts, headlineNames } from "@/lib/generate/pipeline/extract-facts";
import { chooseDistractors } from "@/lib/generate/distractors";
import { realiseQuestion } from "@/lib/generate/pipeline/realise-question";
import { plausibleAccepted, speakerName, weakQuote } from "@/lib/generate/pipeline/precision-gates";
import { sportResult } from "@/lib/generate/pipeline/sport-result";
import { cutInsideList, malformed } from "@/lib/generate/pipeline/strict-checks";
import { SLOT } from "@/lib/generate/prompt-text";
import { dateAnswer, pastWeekday, referenceFrom, resolveRelativeDates } from "@/lib/generate/relative-dates";
import { acceptedAnswersFor } from "@/lib/generate/accepted-answers";
import { findEntities } from "@/lib/generate/entities";

const article = (body: string, title = "Trade and ties", date = "March 3, 2015") => ingestArticle(`${title}\nPublished ${date}\n\n${body}\n`);
const gen = (body: string, title?: string) => generateQuestions(article(body, title), { mode: "confident" });
const byAnswer = (qs: GeneratedQuestion[], answer: string) => qs.find((q) => q.answer === answer);

/** Why each fact of the article was or was not asked: "ok" or the realiser's reason. */
function verdicts(body: string): Array<{ answer: string; verdict: string; prompt?: string }> {
  const a = analyseArticle(article(body));
  return extractFacts(a).map((f) => {
    const r = realiseQuestion(a, f);
    return "rejected" in r ? { answer: f.answer.answer, verdict: r.rejected } : { answer: f.answer.answer, verdict: "ok", prompt: r.prompt };
  });
}

/** The verdict on one answer of a made-up article (the round-4 block has its own, over a list of verdicts). */
const verdictOf = (body: string, answer: string) => verdicts(body).find((x) => x.answer === answer);

/** Every fact's verdict in a made-up article with its own headline (and date). */
function verdictsIn(body: string, title: string, date?: string): Array<{ answer: string; verdict: string; prompt?: string }> {
  const a = analyseArticle(article(body, title, date));
  return extractFacts(a).map((f) => {
    const r = realiseQuestion(a, f);
    return "rejected" in r ? { answer: f.answer.answer, verdict: r.rejected, prompt: undefined } : { answer: f.answer.answer, verdict: "ok", prompt: r.prompt };
  });
}

/** What the realiser made of the fact whose answer is `answer` in a made-up article. */
function realisedAnswer(body: string, answer: string, title = "Trade and ties", date = "March 3, 2015") {
  const a = analyseArticle(article(body, title, date));
  return extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => x.fact.answer.answer === answer);
}

/** That fact's prompt, or the reason it was not asked. */
function promptOrReason(body: string, answer: string, title?: string, date?: string): string | undefined {
  const r = realisedAnswer(body, answer, title, date);
  return r && "prompt" in r ? r.prompt : r?.rejected;
}

describe("realise: short prompts that name what they ask about", () => {
  it("asks the mission's example as a question, not a copied sentence: what Russia wrote off and how much", () => {
    const q = byAnswer(gen("Russia has courted North Korea for a year. In 2014, Russia wrote off $10 billion of North Korea's Soviet-era debt."), "$10 billion");
    expect(q?.prompt).toBe("In 2014, how much of North Korea's Soviet-era debt did Russia write off?");
    expect(q?.acceptedAnswers).toContain("$10bn");
  });

  it("moves an auxiliary in front of a named subject", () => {
    const q = byAnswer(gen("Voltaris is expected to employ 4,000 people by 2027."), "4,000 people");
    expect(q?.prompt).toBe("How many people is Voltaris expected to employ by 2027?");
  });

  it("names a bare 'the bridge' from its first mention, and drops a bare 'the figures' it cannot name", () => {
    // (Round 16: a bridge's own length is the standing size of a place, which is not asked; what crosses it is.)
    const v = verdicts("The new bridge over the Yalu River at Dandong cost $350 million to build. The bridge is used by nearly 4,000 lorries a day. The figures rose to 40 per cent.");
    expect(v.find((x) => x.answer === "4,000 lorries")?.prompt).toContain("he bridge over the Yalu River is used by nearly _____");
    expect(v.find((x) => x.answer === "40 per cent")?.verdict).not.toBe("ok");
  });

  it("never keeps the author's first person: 'During my visit to' becomes a place", () => {
    const v = verdicts("During my visit to the Rason Trade Show in August 2013, there were 12 Chinese companies. My grandad was at the 1962 final.");
    expect(v.find((x) => x.answer === "12 Chinese companies")?.prompt).toBe("Fill in the blank: At the Rason Trade Show in August 2013, there were _____.");
    expect(v.find((x) => x.answer === "1962")?.verdict).toBe("first person");
  });

  it("never puts a question word or a blank inside a quotation; a quote asks who said it", () => {
    const qs = gen("“We will open 40 new routes by 2026,” said Ana Torres, the transport minister.");
    expect(qs).toHaveLength(1);
    expect(qs[0]?.prompt).toBe("Who said: “We will open 40 new routes by 2026”?");
    expect(qs[0]?.acceptedAnswers).toContain("Torres");
  });

  it("asks a capital that acts as its government with 'which government', and accepts the country", () => {
    const q = byAnswer(gen("Beijing has not been able to convert its spending into influence."), "Beijing");
    expect(q?.prompt).toMatch(/which government has not been able to convert its spending into influence\?$/);
    expect(q?.acceptedAnswers).toContain("China");
  });

  it("gives a statement of how things stand the article's date, and a dated event its own date", () => {
    const qs = gen("Russia has courted North Korea for a year. In 2014, Russia wrote off $10 billion of North Korea's Soviet-era debt.");
    expect(byAnswer(qs, "North Korea")?.prompt).toBe("As of March 2015, which country has Russia courted for a year?");
    expect(byAnswer(qs, "$10 billion")?.prompt).not.toContain("As of");
  });

  it("drops a leading pronoun it cannot resolve and 'the latter'", () => {
    const v = verdicts("Analysts were surprised. They rose to $4 million in 2014. Ties with the latter reached $9 million in 2015.");
    expect(v.find((x) => x.answer === "$4 million")?.verdict).not.toBe("ok");
    expect(v.find((x) => x.answer === "$9 million")?.verdict).not.toBe("ok");
  });

  it("never asks who reported a fact", () => {
    const v = verdicts("Radio Free Asia reported on June 17, 2014 that traders faced new rules.");
    expect(v.every((x) => x.verdict !== "ok")).toBe(true);
  });
});

describe("rank and options", () => {
  it("asks at most one question per sentence and never the same answer twice", () => {
    const qs = gen("Kenya's exports rose to $4 million in 2014, and imports fell to $2 million. Exports rose to $4 million again in 2015.");
    expect(new Set(qs.map((q) => q.sourceStart)).size).toBe(qs.length);
    expect(new Set(qs.map((q) => q.answer)).size).toBe(qs.length);
  });

  it("offers multiple choice only with options formatted like the answer", () => {
    const qs = gen("In 2014, Russia wrote off $10 billion of North Korea's Soviet-era debt. Voltaris is expected to employ 4,000 people by 2027.");
    for (const q of qs.filter((x) => x.kind === "multiple_choice")) {
      const shape = (s: string) => s.replace(/\d+/g, "#").replace(/#,#/g, "#");
      for (const c of q.choices ?? []) expect(shape(c), `${q.prompt}: ${c}`).toBe(shape(q.answer));
    }
  });

  it("never tags a question with its own answer", () => {
    for (const q of gen("In 2014, Russia wrote off $10 billion of North Korea's debt. Beijing has not been able to convert its spending into influence.")) {
      for (const t of q.tags) expect([q.answer, ...q.acceptedAnswers].map((a) => a.toLowerCase())).not.toContain(t.toLowerCase());
    }
  });

  it("has no minimum: a short article gets few questions, an empty one none", () => {
    expect(gen("The meeting was short.")).toEqual([]);
    expect(gen("In 2014, Russia wrote off $10 billion of North Korea's debt.").length).toBeLessThanOrEqual(1);
  });
});

describe("clause tools", () => {
  it("finds the base form of past tenses it can be sure of", () => {
    const cases: Record<string, string> = { opened: "open", agreed: "agree", stopped: "stop", visited: "visit", approved: "approve", produced: "produce", created: "create", wrote: "write", completed: "complete", signed: "sign",
      // (Set 145: "how many … did Zhetysu Transit Logistics handl".)
      handled: "handle", tackled: "tackle", tripled: "triple", settled: "settle", curled: "curl", sailed: "sail" };
    for (const [past, base] of Object.entries(cases)) expect(baseFormOfPast(past), past).toBe(base);
    expect(baseFormOfPast("bridge")).toBeNull();
  });

  it("cuts a long sentence to its main clause and the part with the answer, but never cuts a list", () => {
    const long = `Castleford Rovers won the National Cup for the first time since 1962 on Saturday, beating holders Ashbourne City ${SLOT} at Wembley Stadium, in front of 84,912 supporters, the biggest crowd for the final in eleven years`;
    expect(compressToFit(long, 23)).toBe(`Castleford Rovers won the National Cup for the first time since 1962 on Saturday, beating holders Ashbourne City ${SLOT} at Wembley Stadium`);
    const list = `The minister visited Laos, Vietnam, Myanmar, Indonesia, and ${SLOT} in August 2014 on a tour that lasted far longer than anyone in the ministry had planned or expected`;
    expect(compressToFit(list, 23)).toBeNull();
  });
});

describe("issue 12, round 3: context, dates and accepted answers", () => {
  it("names the project a bare 'providing' pays for, from the headline's topic", () => {
    const qs = generateQuestions(article("The Northwick Development Bank is providing $300 million. The rest comes from private lenders.", "Harbour tunnel project wins $500m backing from lenders"), { mode: "confident" });
    // (Asked as a fill-in since round 8: a moved question whose subject is not a name is read as one.)
    expect(byAnswer(qs, "$300 million")?.prompt).toMatch(/the Northwick Development Bank is providing _____ for the harbour tunnel project\.$/);
  });

  it("drops a bare 'providing' when the headline names no project to say what the money is for", () => {
    const qs = generateQuestions(article("The Northwick Development Bank is providing $300 million. The rest comes from private lenders.", "Northwick Development Bank"), { mode: "confident" });
    expect(byAnswer(qs, "$300 million")).toBeUndefined();
  });

  it("names the main clause's subject for an 'its' left behind when a long lead sentence is cut", () => {
    const long = `The Port of Calder will almost double its capacity by the end of 2031 after a group of lenders led by the ${SLOT} agreed on Tuesday to finance the second phase of its expansion`;
    expect(compressToFit(long, 23)).toBe(`A group of lenders led by the ${SLOT} agreed on Tuesday to finance the second phase of the Port of Calder's expansion`);
  });

  it("drops a time counted from a moment the card does not state ('about an hour later')", () => {
    const v = verdicts("The probe lifted off at dawn. About an hour later, engineers at the Orbital Research Institute in Tallin confirmed the signal.");
    expect(v.find((x) => x.answer === "Orbital Research Institute")?.verdict).toBe("time counted from an unstated moment");
  });

  it("dates 'at present' with the article's date, keeps a unit's abbreviation out of the blank and accepts it", () => {
    const qs = gen("At present the Port of Calder can handle about 2.4 million twenty-foot equivalent units, or TEU, a year.");
    const q = byAnswer(qs, "2.4 million twenty-foot equivalent units");
    expect(q?.prompt).toMatch(/^(?:Fill in the blank: )?As of March 2015, /);
    expect(q?.prompt).not.toContain("TEU");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["2.4 million", "2.4 million TEU"]));
    expect(q?.acceptedAnswers).not.toContain("2.4");
  });
});

describe("issue 12, round 3: grammar fragments", () => {
  it("drops a cut clause with no verb left and a subordinate clause without its main clause", () => {
    const v = verdicts("Tarvania's third rocket test on Feb. 12, 2016, and the council's adoption of Resolution 4410 on March 7, 2016. Given that the Harlow Senate has taken a tough stance on the rockets, talks stalled in 2016.");
    expect(v.find((x) => x.answer === "Resolution 4410")?.verdict).toBe("no verb");
    expect(v.find((x) => x.answer === "Harlow Senate")?.verdict).toBe("subordinate clause alone");
  });

  it("keeps clauses whose verb is a present '-s' form or a past form before 'by'", () => {
    const v = verdicts("Coal exports, the top item for export to Tarvania, fell by 14.6% in the first half of 2016. A government needs at least 175 seats to pass a budget.");
    expect(v.find((x) => x.answer === "14.6%")?.verdict).toBe("ok");
    expect(v.find((x) => x.answer === "175 seats")?.verdict).toBe("ok");
  });

  it("never moves a name out from behind its title ('sending Deputy Minister _____')", () => {
    // (Korsgaard is named again: a person named once or twice is a side figure, round 11.)
    const qs = gen("In January 2015, Tarvania showed its interest in Central Asia by sending Deputy Minister Lena Korsgaard to Ostrava. Korsgaard met the mayor. Korsgaard returned in March.");
    expect(byAnswer(qs, "Lena Korsgaard")?.prompt).toBe("Fill in the blank: In January 2015, Tarvania showed its interest in Central Asia by sending Deputy Minister _____ to Ostrava.");
  });
});

describe("issue 12, round 3: cutting long lead sentences to the central fact", () => {
  it("drops the place and the crowd after the answer of a lead sentence, never a verb's complement", () => {
    const lead = `Ferrow Athletic won the County Shield for the first time since 1971 on Sunday, beating holders Dunmore Town ${SLOT} at Hallam Park in front of 31,200 supporters, the biggest crowd in years`;
    expect(compressToFit(lead, 23)).toBe(`Ferrow Athletic won the County Shield for the first time since 1971 on Sunday, beating holders Dunmore Town ${SLOT} at Hallam Park`);
    const verb = `A group of lenders led by the ${SLOT} agreed on Tuesday to finance the second phase of a harbour expansion that the port authority first proposed in 2009 and shelved twice`;
    expect(compressToFit(verb, 23) ?? "none").not.toMatch(/agreed$/);
  });

  it("drops the appositive after an opening name and a second clause joined by ', and' + a name", () => {
    expect(trimAsides(`${SLOT}, the 19-year-old winger who joined from a village club, scored twice, and substitute Ana Ruiz added a third`)).toBe(`${SLOT} scored twice`);
  });
});

describe("issue 12, round 3: worth asking", () => {
  const lead = "Tarvania signed a $40 million water deal with Ostrana on Monday. The deal covers the Kessel River and its two dams. Engineers will build a new canal. Farmers in the valley welcomed the news. ";
  const weights = (body: string) => new Map(extractFacts(analyseArticle(article(lead + body, "Tarvania and Ostrana sign river deal"))).map((f) => [f.answer.answer, f.weight]));

  it("lets a blanked date after the lead fall out, and keeps the lead's figure", () => {
    const qs = gen(`${lead}Talks on the river first began in July 2009.`, "Tarvania and Ostrana sign river deal");
    expect(byAnswer(qs, "July 2009")).toBeUndefined();
    expect(byAnswer(qs, "$40 million")).toBeDefined();
  });

  it("weighs a side actor named once after the lead below one named again, and a trip's destination above other places", () => {
    const once = weights("Finance Minister Piet Olsen signed the annex in Geneva.").get("Piet Olsen") ?? 0;
    const again = weights("Finance Minister Piet Olsen signed the annex in Geneva. Olsen called it fair.").get("Piet Olsen") ?? 0;
    expect(again - once).toBeGreaterThanOrEqual(0.15);
    const visited = weights("In May 2012, the minister Lena Korsgaard visited Vietnam and Laos.").get("Vietnam and Laos") ?? 0;
    const traded = weights("In May 2012, the minister Lena Korsgaard praised Vietnam and Laos.").get("Vietnam and Laos") ?? 0;
    expect(visited - traded).toBeCloseTo(0.1);
  });
});

describe("issue 12, round 3: weekdays against the publication date (Thursday, May 26, 2022)", () => {
  const thursday = { ref: referenceFrom("2022-05-26", null), narrativeMonth: null, narrativeYear: null };
  it("reads the verb right before the day: 'said on Friday that it would' is the Friday before", () => {
    expect(resolveRelativeDates("The bank said on Friday that it would raise rates.", thursday).text).toBe("The bank said on Friday, May 20, 2022, that it would raise rates.");
  });
  it("takes the next such day for a future clause or a change that takes effect", () => {
    expect(resolveRelativeDates("Banks are expected to raise their rate from Friday.", thursday).text).toBe("Banks are expected to raise their rate from Friday, May 27, 2022.");
    expect(resolveRelativeDates("The new tariff takes effect on Monday.", thursday).text).toBe("The new tariff takes effect on Monday, May 30, 2022.");
  });
});

describe("issue 12, round 3: labels and background", () => {
  it("never labels a prompt with the headline, and (since round 5) never weaves it in: a prompt that needs it is dropped", () => {
    const qs = generateQuestions(article("Vexa Labs can produce only about 15 million doses a year, far fewer than needed.", "Explainer: How Tarvania is rolling out the first dengue vaccine to every province"), { mode: "confident" });
    expect(byAnswer(qs, "15 million doses")).toBeUndefined();
    for (const q of qs) expect(q.prompt).not.toMatch(/^(?:Fill in the blank: )?(?:For the |[^:]{3,60}: )/);
  });

  it("never asks the city an organisation is based in", () => {
    const v = verdicts("The Harbour Alliance, which is based in Geneva, pays for the doses. Its board is based in Geneva too.");
    expect(v.filter((x) => x.answer === "Geneva").every((x) => x.verdict !== "ok")).toBe(true);
  });
});

describe("issue 12, round 3: blanks inside names", () => {
  it("never blanks a place that opens a longer name ('the _____ Trade Show')", () => {
    const v = verdicts("At the Dandong Trade Show in August 2013, there were a dozen Chinese companies operating stalls.");
    expect(v.find((x) => x.answer === "Dandong")?.verdict).toBe("part of a longer name");
  });
});

describe("issue 12, round 3: states that have ended", () => {
  it("a capital stands for today's state, and a state that ended before the article is no option", () => {
    const qs = gen("Moscow has made a serious effort to court Pyongyang this year. The Soviet Union once gave Pyongyang oil. Russia, China, Japan and South Korea all sent envoys to Pyongyang in 2014.");
    for (const q of qs) {
      expect(q.acceptedAnswers, q.prompt).not.toContain("Soviet Union");
      expect(q.choices ?? [], q.prompt).not.toContain("Soviet Union");
    }
    const a = analyseArticle(article("Moscow has made a serious effort to court Pyongyang this year."));
    const moscow = extractFacts(a).map((f) => realiseQuestion(a, f)).find((r) => !("rejected" in r) && r.answer.answer === "Moscow");
    expect(moscow && !("rejected" in moscow) ? moscow.answer.accepted : []).toEqual(["Russia"]);
  });
});

describe("issue 12, round 3: periods and rankings", () => {
  it("keeps 'the year to April', which names its own end, and asks the figure", () => {
    const v = verdicts("The bank met on Thursday. Consumer prices in Tarvania rose by 7.8 per cent in the year to April, the agency said.");
    expect(v.find((x) => x.answer === "7.8 per cent")?.prompt).toBe("Fill in the blank: Consumer prices in Tarvania rose by _____ in the year to April 2014.");
  });

  it("never asks rankings paired 'respectively'", () => {
    const v = verdicts("Myanmar, Singapore, and Thailand were eighth, ninth and eleventh respectively as Tarvania's import partners.");
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x) => x.verdict !== "ok")).toBe(true);
  });
});

describe("issue 12, round 3: the headline's thing named back", () => {
  it("reads 'the vaccine' as the thing an explainer's headline is about", () => {
    const qs = generateQuestions(article("Tarvania began the roll-out in May. The vaccine costs $12 a dose.", "Explainer: How Tarvania is rolling out the first dengue vaccine to every province"), { mode: "confident" });
    expect(byAnswer(qs, "$12")?.prompt).toBe("Fill in the blank: The first dengue vaccine costs _____ a dose.");
  });
});

describe("issue 12, round 3: findings", () => {
  it("keeps the finding of 'figures published on <a dated weekday> showed that …'", () => {
    const r = reportedPart(`Figures published by the Tarvanian statistics office on Wednesday, May 25, 2022 showed that consumer prices rose by ${SLOT} in the year to April 2022`);
    expect(r?.rest).toBe(`consumer prices rose by ${SLOT} in the year to April 2022`);
  });
});

describe("issue 12, round 3: options the article makes true", () => {
  it("never offers an option the article says the same thing about elsewhere", () => {
    // The answer is the clause's subject, so the question keeps its "which country" (round 8 asks a moved one as a fill-in).
    const body = "In 2014, Japan moved to improve its strained relations with Tarvania. Trade with China, Russia, Vietnam and Thailand grew in 2013. Since January, South Korea has also sought improved relations with Tarvania. Mongolia and India sent envoys in 2012.";
    const a = analyseArticle(article(body));
    const r = extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => !("rejected" in x) && x.answer.answer === "Japan");
    expect(r && !("rejected" in r) ? r.prompt : "").toMatch(/which country/i);
    const q = byAnswer(gen(body), "Japan");
    expect(q?.choices ?? []).not.toContain("South Korea");
  });
});

describe("issue 12, round 3: events and 'such' that point back", () => {
  it("drops 'During the summit' and 'Such projects' when the card cannot say which", () => {
    const v = verdicts("Leaders of Tarvania and Ostrana met in May 2015. During the summit, Tarvania and China agreed to develop the Rason zone. Such projects would cost $40 million.");
    expect(v.find((x) => x.answer === "$40 million")?.verdict).toBe("points back in the text");
    expect(v.find((x) => x.answer === "China")?.verdict).toBe("unnamed 'the …'");
  });
});

describe("issue 12, round 4: what blind readers rejected on unseen articles", () => {
  const verdictOf = (v: ReturnType<typeof verdicts>, answer: string) => v.find((x) => x.answer === answer)?.verdict;

  it("never emits a 'Label:' prefix or a woven topic, and a dated prompt that names nothing is dropped", () => {
    const title = "Explainer: How Tarvania is rolling out the first dengue vaccine to every province";
    const qs = generateQuestions(article("Vexa Labs can produce only about 15 million doses a year.", title), { mode: "confident" });
    expect(byAnswer(qs, "15 million doses")).toBeUndefined();
    const dated = analyseArticle(article("At present, local factories can produce only about 15 million doses a year.", title));
    const r = realiseQuestion(dated, extractFacts(dated).find((f) => f.answer.answer === "15 million doses")!);
    expect("rejected" in r && r.rejected).toBe("purpose or topic not stated");
    const named = analyseArticle(article("At present, Vexa Labs can produce only about 15 million doses a year.", title));
    const kept = realiseQuestion(named, extractFacts(named).find((f) => f.answer.answer === "15 million doses")!);
    expect("prompt" in kept && kept.prompt).toBe("Fill in the blank: As of March 2015, Vexa Labs can produce only about _____ doses a year.");
    expect(verdictOf(verdicts("Carbon pricing in short: Tarvania will charge $40 for each tonne of carbon dioxide from 2026."), "$40")).toBe("label prefix");
  });

  it("accepts an amount only in its own currency, never a dollar form, a bare number or a trailing comma", () => {
    const v = gen("The Lisbon port authority will spend €480 million on a new container terminal.");
    const q = byAnswer(v, "€480 million");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["480 million euros", "EUR 480 million", "€480m"]));
    expect(q?.acceptedAnswers?.some((x) => x.includes("$") || x === "480 million" || x.includes("dollars"))).toBe(false);
    const pesos = analyseArticle(article("Farmers in the Sarto valley received 4 million pesos in aid after the drought. The council approved a budget of €480, which covers the lighting."));
    const facts = extractFacts(pesos);
    expect(facts.find((f) => f.answer.answer === "4 million pesos")?.answer.accepted.some((x) => x === "4" || x === "4 million")).toBe(false);
    expect(facts.map((f) => f.answer.answer)).toContain("€480");
  });

  it("gives a state of an earlier period no modern alias, and never blanks one word of a longer name", () => {
    const qs = gen("During the Han dynasty, China traded silk with Rome along routes that ran through Central Asia.");
    expect(byAnswer(qs, "China")?.acceptedAnswers ?? []).not.toContain("PRC");
    const v = verdicts("Merchants in Tang China sold tea to Persia in the eighth century. The drug was approved by the United States Food and Drug Administration in March 2015.");
    expect(verdictOf(v, "China")).toBe("part of a longer name");
    expect(verdictOf(v, "United States")).toBe("part of a longer name");
  });

  it("drops prompts with words cut out of the middle and lowers a sentence-start capital that moves inside", () => {
    const v = verdicts("In 2021, Webb the European Space Agency launched a telescope that cost $10 billion. Shares in Korvex Mining have fallen 23 per cent since the ban on exports in May 2014. The Tarvania Cup final is at the Korvex Arena, which holds 40,000 people.");
    expect(verdictOf(v, "$10 billion")).toBe("words cut out");
    // (A moved question keeps only a named subject since round 8: "shares in Korvex Mining" is asked as a fill-in.)
    expect(v.find((x) => x.answer === "23 per cent")?.prompt).toBe("Fill in the blank: Shares in Korvex Mining have fallen _____ since the ban on exports in May 2014.");
    expect(verdictOf(v, "Korvex Arena")).not.toBe("ok");
  });

  it("drops a question whose inverted auxiliary is not led by its question word", () => {
    const a = analyseArticle(article("Korvex will own 40 per cent of the enlarged company."));
    const f = extractFacts(a).find((x) => x.kind === "entity")!;
    expect(f.kind === "entity" && malformed(a, f, "How many seats of the enlarged company and take will Korvex own?")).toBe("scrambled word order");
    expect(f.kind === "entity" && malformed(a, f, "How many seats will Korvex own on the board?")).toBeNull();
  });

  it("never cuts a list that holds the answer's context down to some of its names", () => {
    expect(cutInsideList("The drug was tested in nine hospitals in the United States, Germany and Brazil.", "The drug was tested in nine hospitals in the United States.")).toBe(true);
    expect(cutInsideList("The drug was tested in nine hospitals in the United States, Germany and Brazil.", "The drug was tested in nine hospitals in the United States, Germany and Brazil.")).toBe(false);
  });

  it("drops prompts that never say whose or which: a farming zone, revenue, management, inflation without its country", () => {
    const v = verdicts("Turnout in the core farming zone fell to 61 per cent in 2014. Revenue rose 12 per cent in 2014, to $3 billion. Consumer prices rose by 7.8 per cent in the year to April.");
    expect(verdictOf(v, "61 per cent")).toBe("whose or which is not said");
    expect(verdictOf(v, "12 per cent")).toBe("whose or which is not said");
    expect(verdictOf(v, "7.8 per cent")).toBe("inflation without its country");
  });

  it("never asks trivia: a person given as an example, a crowd, a ticket price, a worked example, 'the last _____ balls'", () => {
    const v = verdicts("Maria Lopez, a shopkeeper in Lyon, paid $40 for a sack of rice in May 2014. A crowd of 81,000 fans watched the final at the Korvex Arena in 2014. Tickets for the final cost $95 in 2014. Suppose a country charges $40 for each tonne of carbon. Tarvania needed 14 runs off the last 12 balls in the 2014 final.");
    expect(verdictOf(v, "$40")).toBe("a person quoted as an example");
    expect(verdictOf(v, "81,000 fans")).toBe("crowd size");
    expect(verdictOf(v, "$95")).toBe("ticket price");
    expect(v.filter((x) => x.answer === "$40").map((x) => x.verdict)).toContain("worked example");
    expect(verdictOf(v, "12 balls")).toBe("guessable count");
  });

  it("never asks an amount worked out from numbers the prompt states, nor one whose prompt names nothing of the article", () => {
    expect(verdicts("Each dose costs roughly $9.30, which means that a fully vaccinated child needs about $37 worth of vaccine.").find((x) => x.answer === "$37")?.verdict).toBe("worked out from the numbers given");
    const qs = generateQuestions(article("Each dose costs roughly $9.30 at current prices.", "Explainer: How Tarvania is rolling out the first dengue vaccine to every province"), { mode: "confident" });
    expect(byAnswer(qs, "$9.30")).toBeUndefined();
  });

  it("drops a prompt that names neither the article's subject nor anything else when no clean topic can be woven in", () => {
    const body = "Tarvania and Ostrana signed a trade deal in Ostrana in May 2014. Seventy-two districts were chosen as target regions for development and openness.";
    const qs = generateQuestions(article(body, "Tarvania increasing trade with Ostrana"), { mode: "confident" });
    expect(qs.some((q) => /target regions/.test(q.prompt))).toBe(false);
    expect(verdicts("According to South Korea’s Ministry of Unification, trade fell to $1.7 billion in 2011.").find((x) => x.answer === "Ministry of Unification")?.verdict).toBe("source of a report");
  });

  it("never blanks a date used as a modifier, and drops a lead that names what the clause names again", () => {
    const v = verdicts("After the failed April 13, 2014 rocket launch, Tarvania seemed headed for isolation. In Laos, Vietnam and Laos completed 14 cooperation agreements on trade and education in 2014.");
    expect(v.find((x) => x.answer === "April 13, 2014")?.verdict).toBe("date used as a modifier");
    expect(v.find((x) => x.answer === "14 cooperation agreements")?.prompt).toBe("Fill in the blank: Vietnam and Laos completed _____ cooperation agreements on trade and education in 2014.");
  });

  it("gives a surname alone the full name the article uses ('upon Clapper's arrival' → 'James Clapper')", () => {
    const v = verdicts("The United States sent James Clapper to Pyongyang in November 2014 to retrieve two citizens. Upon Clapper’s arrival in November 2014, Japan refused to resume talks with the United States.");
    expect(v.find((x) => x.answer === "Japan")?.prompt).toBe("Fill in the blank: Upon James Clapper’s arrival in November 2014, _____ refused to resume talks with the United States.");
  });

  it("gives no date to 'on Sunday' when the tense does not say which Sunday, and the previous one after a past verb", () => {
    const ref = { ref: referenceFrom("2025-10-09", null), narrativeMonth: null, narrativeYear: null };
    expect(resolveRelativeDates("The Tarvania Cup final is at the Korvex Arena on Sunday.", ref).text).toBe("The Tarvania Cup final is at the Korvex Arena.");
    expect(resolveRelativeDates("Tarvania won the Tarvania Cup for the first time since 1962 on Sunday.", ref).text).toContain("Sunday, October 5, 2025");
    expect(resolveRelativeDates("The final will be played on Sunday.", ref).text).toContain("Sunday, October 12, 2025");
  });
});

// Round 5: each family below was named by blind readers of rounds 3 and 4 (docs/generator-quality/v3r4-*). The
// sentences are made up for the test; none comes from an article the generator is measured on.
describe("issue 12, round 5: prompts a teacher would not hand out", () => {

  it("asks a name only with the event's own time: 'ties with _____ have grown' has several right answers", () => {
    const body = "Ministers from Kestria met in Oslo on 3 May 2015. Kestria's ties with Norway have grown stronger. In June 2015, Kestria sent a trade delegation to Finland.";
    expect(verdictOf(body, "Norway")?.verdict).toBe("name without an event time");
    expect(verdictOf(body, "Finland")?.prompt).toBe("Fill in the blank: In June 2015, Kestria sent a trade delegation to _____.");
  });

  it("keeps a name timed by the clock of a match ('in the 34th minute')", () => {
    const body = "Northgate beat Riverside 2-1 in the Coastal Cup final on Saturday. Striker Leo Marsh headed Northgate ahead in the 34th minute. Marsh later hit the post, and Marsh was named man of the match.";
    expect(verdictOf(body, "Leo Marsh")?.verdict).toBe("ok");
  });

  it("drops words that point back: 'until then', 'after that quake', 'the period', 'the 27-year-old', 'three times as much'", () => {
    expect(verdictOf("Relief flights began on 3 March. Until then, relief had depended on six army helicopters.", "six army helicopters")?.verdict).toBe("'then' points back");
    expect(verdictOf("A quake struck in 2015. After that quake, the agency paid each household 300,000 rupees.", "300,000 rupees")?.verdict).toMatch(/points back|unnamed/);
    expect(verdictOf("House prices in Tarvia doubled between 1997 and 2024. Prices rose by about 383 per cent over the period.", "383 per cent")?.verdict).not.toBe("ok");
    expect(verdictOf("Anna Kjeldsen won the race in 2024. The 27-year-old finished 72 seconds ahead of Colombia's Tomás Ibarra.", "72 seconds")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("A 25-year loan of £261,000 at 5 per cent costs more. Total interest would come to roughly £196,700, nearly three times as much.", "£196,700")?.verdict).not.toBe("ok");
  });

  it("drops 'their' with no plural in the prompt, and keeps 'reefs … their coral'", () => {
    expect(verdictOf("A couple earns £60,000 a year. After tax, their combined take-home pay is roughly £4,187 a month.", "£4,187")?.verdict).not.toBe("ok");
    expect(verdictOf("The Marlin survey studied 600 reefs in 2016. Tarvian reefs lost on average 54 per cent of their coral in 2016.", "54 per cent")?.verdict).toBe("ok");
    const reefs = verdictOf("The Marlin survey studied 600 reefs in 2016. Reefs exposed to more heat lost on average 54 per cent of their coral.", "54 per cent");
    expect(reefs?.verdict === "'did' with a past verb" || (reefs?.verdict === "ok" && !/\bdid\b/.test(reefs.prompt ?? ""))).toBe(true);
  });

  it("never blanks one end of a range, a conversion in brackets, or the setting of a finding", () => {
    expect(verdictOf("Tarvian permits traded in 2025 at €65 to €80 a tonne.", "€65")?.verdict).toBe("one end of a range");
    expect(verdictOf("In March 2024, the government approved a 1.26 trillion peso (about $1.2 billion) relief package.", "$1.2 billion")?.verdict).not.toBe("ok");
    expect(verdictOf("The Marlin survey studied 600 reefs in 2016. Among undisturbed reefs, the median time to regain 90 per cent of cover was 9.6 years.", "90 per cent")?.verdict).toBe("blank in the definition, not the finding");
  });

  it("drops fill-ins that are not a clause, a question dressed as one, and a title without its country", () => {
    expect(verdictOf("The planet has an estimated equilibrium temperature of around 420 kelvin, or about 150 degrees Celsius.", "150 degrees")?.verdict).not.toBe("ok");
    expect(verdictOf("Tarvia's leaders met on 3 May 2014. Prime Minister Shinzo Abe is scheduled to visit Tarvia later in 2014.", "Shinzo Abe")?.verdict).toBe("title without its country");
  });

  it("drops two clauses spliced with a comma, a comma between subject and verb, and an aside's figure", () => {
    expect(verdictOf("In March 2024, India pledged one billion rupees in aid, China's government announced assistance worth 20 million yuan.", "20 million yuan")?.verdict).not.toBe("ok");
    expect(verdictOf("The Marlin survey studied 600 reefs in 2016. Reefs in protected areas with little fishing, recovered 38 per cent faster than other reefs.", "38 per cent")?.verdict).not.toBe("ok");
    expect(verdictOf("A quake struck Tarvia on 3 March 2024. In Rowa, a village of about 80 households perched at 2,600 metres, almost every building was flattened.", "2,600 metres")?.verdict).not.toBe("ok");
  });

  it("never blanks one item of a list of names, or the whole a part is taken from", () => {
    expect(verdictOf("In 2019, Malawi was one of three countries, along with Ghana and Kenya, chosen for a pilot programme.", "Kenya")?.verdict).toBe("one item of a list");
    expect(verdictOf("The Meridian probe launched in April 2023. ESA supplied two of its nine scientific instruments in 2022.", "nine scientific instruments")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("accepts no regnal number, generic word or particle-less surname as an answer", () => {
    expect(plausibleAccepted("Philip II", ["II", "Philip"])).toEqual(["Philip"]);
    expect(plausibleAccepted("Cordillera Pro Cycling", ["Cycling", "Cordillera"])).toEqual(["Cordillera"]);
    expect(plausibleAccepted("Van Wyk", ["Wyk"])).toEqual([]);
    expect(plausibleAccepted("20 percent", ["20 per cent", "20"])).toEqual(["20 per cent", "20"]);
  });

  it("asks who said a view, never a speaker's own story or a question they go on to answer", () => {
    expect(weakQuote("Who said: “When we first caught one in a trap, we thought it was a known species”?")).toBe("a speaker's own story");
    expect(weakQuote("Who said: “Five years ago people asked me why anyone would build batteries here”?")).toBe("a speaker's own story");
    expect(weakQuote("Who said: “People often ask whether reefs are doomed”?")).toBe("a question the speaker goes on to answer");
    expect(weakQuote("Who said: “We will open 40 new routes by 2026”?")).toBeNull();
    expect(weakQuote("Who said: “Falling rates did not make housing cheaper”?")).toBeNull();
  });
});

// Round 5b: what the first blind read of held-out set 5 rejected (set 5 is no longer clean; set 6 is).
describe("issue 12, round 5b: side details and names of set 5", () => {

  it("drops a day's share price, guests at a ceremony, goals in the last minutes and a quoted expert's employer", () => {
    expect(verdictOf("Tarvo Foods will close its plant, it said on 2 June 2025. Shares in Tarvo rose 4.1 per cent to €31.20 on 2 June 2025.", "€31.20")?.verdict).toBe("share price");
    expect(verdictOf("On 2 June 2025, the president opened the Kelso terminal in front of 600 guests.", "600 guests")?.verdict).toBe("crowd size");
    expect(verdictOf("Kelso beat Arno 29-28 in the final on 4 May 2025. Arno managed only 5 goals in the last fourteen minutes on 4 May 2025.", "5 goals")?.verdict).toBe("detail of one passage of play");
    expect(verdictOf("The terminal opened on 2 June 2025. Dr Ruth Amupolo, a botanist at the University of Kelso, said on 2 June 2025 that the park was at risk.", "University of Kelso")?.verdict).not.toBe("ok");
  });

  it("drops a cut that stops at an aside and loses what the verb gave", () => {
    const body = "On 15 July 1858 Disraeli introduced a bill giving the Metropolitan Board of Works, a body created in 1855, the power to borrow £3 million.";
    expect(verdictOf(body, "July 1858")?.verdict).not.toBe("ok");
    expect(verdictOf(body, "Metropolitan Board of Works")?.verdict).toBe("organisation blanked");
  });

  it("names 'Mr Kanime' in a quote question as the article first did, like the other options", () => {
    const qs = gen("Kelso opened its new terminal on 2 June 2025, said the port's chief executive, Andrew Kanime. Tarvia's president, Anna Berg, cut the ribbon. “We did not build this terminal only for hydrogen, and the iron ore arrives at Kelso today,” Mr Kanime said.");
    const q = qs.find((x) => x.family === "quote");
    expect(q?.answer).toBe("Andrew Kanime");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["Mr Kanime", "Kanime"]));
    for (const c of q?.choices ?? []) expect(c).not.toMatch(/^(?:Mr|Ms|Mrs|Dr)\s/);
  });

  it("leaves a surname that two names share as written: 'Shares in Verhaeghe' is the firm, not Isabelle Verhaeghe", () => {
    const body = "Maison Verhaeghe will close its Ghent plant, the company said on 2 June 2025. Chief executive Isabelle Verhaeghe said the decision was painful. In June 2025, Verhaeghe moved 410 jobs to Slovakia.";
    expect(verdictOf(body, "410 jobs")?.prompt).toBe("In June 2025, how many jobs did Verhaeghe move to Slovakia?");
  });

  it("never names a thing by a month ('the deposit in February'), and asks no quote that tells a story about someone", () => {
    const body = "Tarvia introduced a deposit in February 2022. In Tarvia the deposit on a plastic bottle is €0.25 as of 2025.";
    for (const v of verdicts(body)) expect(v.prompt ?? "").not.toContain("deposit in February on");
    expect(weakQuote("Who said: “She used to borrow the key and train alone on Sunday mornings”?")).toBe("a speaker's story about someone");
  });
});

// Round 5c: classes named by the blind read of set 6 (set 6 is no longer clean; set 7 is).
describe("issue 12, round 5c: codes, places, also-rans and words that point back", () => {

  it("never reads the number of a code as a count, or a distance that locates a place as a fact", () => {
    for (const v of verdicts("In May 2025, NS-214 uses a new formulation that is absorbed more quickly.")) expect(v.prompt ?? "").not.toMatch(/NS-_____/);
    expect(verdictOf("Fourteen miles south-west of Plymouth, a reef breaks the surface of the sea in 1698.", "Fourteen miles")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("drops 'there', 'similar designations', 'itself' and a range's upper end after 'between €5 million and'", () => {
    expect(verdictOf("Pohjola will close its mill in March 2025. Pohjola has added about 60 jobs there since 2020.", "60 jobs")?.verdict).toBe("'there' points back");
    expect(verdictOf("Kelso was named a transition area in March 2025. Similar designations released between €5 million and €15 million in support in 2024.", "€15 million")?.verdict).not.toBe("ok");
    expect(verdictOf("Pohjola will close its mill in March 2025. Pohjola itself added about 60 jobs at Oulu in 2024.", "60 jobs")?.verdict).toBe("points back in the text");
  });

  it("drops the also-rans of a result and the country the whole article is about", () => {
    expect(verdictOf("Enkhjargal Dorj won the election in May 2025 with 54.2 per cent. A third candidate, Ganzorig Tömör, finished with 6.9 per cent in May 2025.", "6.9 per cent")?.verdict).toBe("a minor placing");
    const body = "Finland's paper mills are closing. Finland lost a dozen paper machines in 2024. Finland exports pulp. Pohjola, a Finnish firm, will close a mill in Finland in March 2025.";
    expect(verdicts(body).filter((v) => v.answer === "Finland" && v.verdict === "ok")).toEqual([]);
  });

  it("reads 'levelled' as 'level', and never leaves a title behind when a person is moved out ('by captain?')", () => {
    expect(baseFormOfPast("levelled")).toBe("level");
    expect(baseFormOfPast("spelled")).toBe("spell");
    expect(verdictOf("Ankara beat Istanbul 3-2 in the final on 4 May 2025. In the fifth set Ankara levelled at 9-9 with a block by captain Zehra Aydın on 4 May 2025.", "Zehra Aydın")?.prompt ?? "").not.toMatch(/by captain\?$/);
  });
});

// Round 5d: classes named by the blind read of set 7 (set 7 is no longer clean; set 8 is).
describe("issue 12, round 5d: whose figure, woven topics and names used as modifiers", () => {

  it("drops a company's figure when no company is named, and keeps it when one is", () => {
    const body = "Sobreiral reported results on 3 March 2026. Revenue from cork flooring rose 4.1 per cent to €61.2 million in 2025. Sobreiral reported revenue of €287.4 million in 2025.";
    expect(verdictOf(body, "€61.2 million")?.verdict).toBe("whose or which is not said");
    expect(verdictOf(body, "€287.4 million")?.verdict).toBe("ok");
  });

  it("never inverts a possessive 'has', turns a date into a possessive, or blanks the head of a longer name", () => {
    expect(verdictOf("As of March 2026, Portugal has 720,000 hectares of cork oak forest.", "720,000 hectares")?.verdict).not.toBe("ok");
    expect(verdictOf("Badminton Association of Indonesia secretary general Wahyu Hidayat praised the team on 15 June 2025.", "Badminton Association")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("never asks an organisation used as a modifier ('the Board of Trade inspector')", () => {
    expect(verdictOf("The Tay Bridge was passed by the Board of Trade inspector and opened on 1 June 1878.", "Board of Trade")?.verdict ?? "not asked").not.toBe("ok");
  });
});

// Round 5e: classes named by the blind read of set 8 (set 8 is no longer clean; set 9 is).
describe("issue 12, round 5e: unnamed places, lost subjects and split units", () => {

  it("drops 'the camp', 'the samples' and a sentence that opens with 'Earlier'", () => {
    expect(verdictOf("A team drilled ice in Antarctica in 2025. Temperatures at the camp, which lies 3,233 metres above sea level, fell to minus 40 degrees in 2025.", "3,233 metres")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("A team drilled ice in Antarctica in 2025. Twelve laboratories in ten countries will share the samples from 2026.", "ten countries")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("The Netherlands won the final on 17 August 2025. Earlier, Belgium beat England 4-1 on 17 August 2025 to win the bronze medal.", "4-1")?.verdict).toBe("points back in the text");
  });

  it("drops an inverted possessive 'had' and a blank that takes half a unit", () => {
    expect(verdictOf("Germany lost the final on 17 August 2025. Over the match on 17 August 2025, Germany had 14 shots on goal.", "14 shots")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("In the ice from 2025, the lowest values were around 190 parts per million.", "190 parts")?.verdict ?? "not asked").not.toBe("ok");
  });
});

// Round 5f: classes named by the blind read of set 9 (set 9 is no longer clean; set 10 is).
describe("issue 12, round 5f: woven headlines, ambiguous 'the plant', signed numbers, 'earlier', 'the other'", () => {

  it("never resolves 'the plant' to one of two plants the article places in different towns, or to one named after it", () => {
    const body = "Harcourt will close its plant in Llanelli in 2026 and keep a plant in Poland open. In 2024, Harcourt had considered investing £85 million to modernise the plant.";
    expect(verdictOf(body, "£85 million")?.prompt ?? "").not.toContain("plant in Poland");
    const later = "Harcourt will close the Llanelli factory in 2026. In 2024, Harcourt had considered investing £85 million to modernise the plant. Some work will move to a partner plant in Poland.";
    expect(verdictOf(later, "£85 million")?.prompt ?? "").not.toContain("plant in Poland");
  });

  it("drops a signed number split by the blank, 'earlier', 'the other semi-final' and 'followed' with no one to follow", () => {
    expect(verdictOf("In 2024, an Arctic ground squirrel's body temperature can fall to minus 2.9 degrees Celsius.", "2.9 degrees")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("Sweden won the title on 22 November 2024. In the bronze medal match earlier on 22 November 2024, Italy beat Norway 7-3.", "7-3")?.verdict).toBe("points back in the text");
    expect(verdictOf("Switzerland beat Sweden 6-4 in the other semi-final on 21 November 2024.", "6-4")?.verdict).toBe("points back in the text");
    expect(verdictOf("Germany adopted summer time on 30 April 1916. Britain followed within weeks, on 21 May 1916.", "Britain")?.verdict).not.toBe("ok");
  });
});

// Round 5g: classes named by the blind reads of sets 10 and 11 (no longer clean; sets 12 and 13 are).
describe("issue 12, round 5g: split signs, stranded words and speakers that are not people", () => {

  it("never splits a currency sign or a word with the blank", () => {
    for (const v of verdicts("In 2024, Prairie Potash posted net income of C$612 million.")) expect(v.prompt ?? "").not.toMatch(/C_____/);
  });

  it("drops a count as the subject of a fill-in: many words fill that blank", () => {
    expect(verdictOf("On 14 July 1698, 5 ships sailed out of Leith.", "5 ships")?.verdict).toBe("subject blank with several fillers");
  });

  it("never names a place or a firm as a speaker, and strips a title the pattern swept into the name", () => {
    expect(speakerName("Financial Officer Raj Subramaniam")).toBe("Raj Subramaniam");
    expect(speakerName("Raj Subramaniam")).toBe("Raj Subramaniam");
    const qs = gen("The Faroe Islands voted on 3 June 2025 to auction fishing rights. “Thirty per cent is a real step, and it establishes a principle,” said Faroe Islands economist Rógvi Dam.");
    for (const q of qs) expect(q.answer).not.toBe("Faroe Islands");
  });
});

// Round 5h: classes named by the blind reads of sets 12 and 13 (no longer clean; sets 14 and 15 are).
describe("issue 12, round 5h: closing prices, 'alone', fragments, worked examples, ratios and lists of counts", () => {

  it("drops a closing share price, 'in the United Kingdom alone', and a fill-in whose only verb is in a relative clause", () => {
    expect(verdictOf("Veldhoven will close a plant, it said on 3 March 2026. Shares in Veldhoven rose 6.8% in Amsterdam to close at €41.20 on 3 March 2026.", "€41.20")?.verdict).toBe("share price");
    expect(verdictOf("Moths pollinate many plants. As of 2026, in the United Kingdom alone there are about 2,500 species of moth.", "2,500 species")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("Romania won on 14 June 2025. A final 500 metres that left both crews collapsed decided the race on 14 June 2025.", "500 metres")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("drops a worked example in the imperative, half of a ratio, 'three or _____' and the last count of a list", () => {
    expect(verdictOf("Since 2007, Scotland has used wards of three or four councillors.", "four councillors")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("In 2025, around six in ten retirees would qualify for a better rate.", "ten retirees")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("In 1201 Venice agreed to carry 4,500 knights, 9,000 squires and 20,000 foot soldiers.", "20,000 foot soldiers")?.verdict ?? "not asked").not.toBe("ok");
  });
});

// Round 6: families the pooled blind reads of fresh sets 5-15 (257 round-5 verdicts) never or almost never accepted.
describe("issue 12, round 6: what the pooled blind reads rejected as a class", () => {
  it("asks a person by typing the name, never by picking from four people", () => {
    const qs = gen("Kelso opened its new terminal on 2 June 2025, said the port's chief executive, Andrew Kanime. Tarvia's president, Anna Berg, cut the ribbon. Kelso Metals, the miner, will ship ore. Ruth Amupolo, a botanist, objected. “We did not build this terminal only for hydrogen, and the iron ore arrives at Kelso today,” Mr Kanime said.");
    const q = qs.find((x) => x.family === "quote");
    expect(q?.answer).toBe("Andrew Kanime");
    expect(q?.kind).toBe("typed");
    expect(q?.choices).toBeUndefined();
  });

  it("drops a small count spelled out in words, which is colour rather than what a reader studies", () => {
    expect(verdictOf("Lawmakers in Tarvia backed the motion by 44 votes to 29, with eight abstentions, on 3 March 2025.", "eight abstentions")?.verdict).toBe("small count spelled out");
    expect(verdictOf("Tarvo Pharma will close its plant in Kolding by the end of 2026 with the loss of 410 jobs.", "410 jobs")?.verdict).toBe("ok");
  });

  it("blanks no organisation, and no place that is only the setting; keeps where someone went and who acted", () => {
    expect(verdictOf("Tarvo Pharma planned to apply to the US Food and Drug Administration in 2025.", "Food and Drug Administration")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("In January 1625 the king signed a contract with Henrik Hybertsson, who worked at the naval shipyard in Stockholm.", "Stockholm")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("In June 2015, Kestria sent a trade delegation to Finland.", "Finland")?.verdict).toBe("ok");
    expect(verdictOf("The United States sent James Clapper to Pyongyang in November 2014. Upon Clapper’s arrival in November 2014, Japan refused to resume talks.", "Japan")?.verdict).toBe("ok");
  });

  it("drops a figure tacked on after a comma, a participle left at the end and a change asked beside its level", () => {
    expect(verdictOf("The Ministry of Trade ordered Nordkapp Metals on 3 June 2025 to pay 18 million kroner, about 1.5 million euros.", "1.5 million euros")?.verdict).toBe("a conversion of a given figure");
    expect(verdictOf("Troglo is a modified version of a commercial robot weighing 50 kilograms.", "50 kilograms")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("drops the next item after a count and a comma, and the year a figure is compared with", () => {
    expect(verdictOf("In May 1201 Venice agreed to build ships and carry 4,500 knights, 9,000 squires and 20,000 foot soldiers.", "4,500 knights")?.verdict).toBe("one item of a list");
    expect(verdictOf("Prairie Potash posted net income of $612 million for 2024, down from $987 million in 2023.", "2023")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("drops a state of affairs told after the lead that shares nothing with the headline, but keeps a plan", () => {
    const body = "Tarvia's parliament halted the dam on 3 March 2025. The vote was close. Critics were loud. Tarvia has opened 33 negotiating chapters with the European Union. Tarvia's ministry of parks plans to train 1,200 rangers.";
    expect(verdictOf(body, "33 negotiating chapters")?.verdict).toBe("background state of affairs");
    expect(verdictOf(body, "1,200 rangers")?.verdict).toBe("ok");
  });

  it("names a speaker with a particle as the article first did ('Le Goff' → 'Yves Le Goff'), without a swept-in title", () => {
    expect(speakerName("Economy Minister Martín Echeverría")).toBe("Martín Echeverría");
    const qs = gen("The skipper of Mistral Bleu, Yves Le Goff, won the race on 3 June 2025. “We are not fast, but we are stubborn, and we will finish this race,” Le Goff said.");
    expect(qs.find((x) => x.family === "quote")?.answer).toBe("Yves Le Goff");
  });
});

// Round 6b: the classes the blind read of fresh sets 16 and 17 named (those sets are no longer clean).
describe("issue 12, round 6b: the headline's own names, split times, moved counts, long leads and numeric options", () => {
  it("never asks a name the headline already gives (the article's own subject)", () => {
    expect(headlineNames("guyana and suriname sign corentyne accord to end fishermen's arrests", "Corentyne River")).toBe(true);
    expect(headlineNames("supreme court revives gandaki assembly", "Gandaki Province")).toBe(true);
    expect(headlineNames("guyana and suriname sign corentyne accord", "Essequibo River")).toBe(false);
    expect(headlineNames("ferry row on the river", "River Thames")).toBe(false);
  });

  it("drops a blank that splits a clock time, and a count moved out of the clause it belongs to", () => {
    const v = verdicts("Herning won game seven on 3 April 2025. Herning opened the scoring at 3:15 when defenceman Rasmus Holm shot.");
    expect(v.some((x) => x.verdict === "blank splits a time")).toBe(true);
    expect(v.every((x) => x.verdict !== "ok" || !/3:_|_:15/.test(x.prompt ?? ""))).toBe(true);
    expect(verdictOf("Sturt beat Woodville on 22 September 2019. Midfielder Jayden Cosgrove won the Jack Oatey Medal after collecting 34 disposals.", "34 disposals")?.verdict).not.toBe("ok");
  });

  it("cuts a long lead to the clause that holds the answer: no appositive, second verb phrase or attribution", () => {
    const body = "Maison Verhaeghe, one of Belgium's oldest chocolate makers, will close its main factory in Ghent by the end of next year and move production to a smaller site in Slovakia, putting 410 jobs at risk, the company said on Thursday.";
    expect(verdictOf(body, "410 jobs")?.prompt).toBe("Fill in the blank: Maison Verhaeghe will close its main factory in Ghent by the end of 2016, putting _____ jobs at risk.");
    const science = "Scientists from the University of Bergen have identified 47 previously unknown animal species living on the Gakkel Ridge, an underwater mountain range beneath the Arctic Ocean, the university announced on Thursday.";
    expect(verdictOf(science, "47 previously unknown animal species")?.prompt).toMatch(/living on the Gakkel Ridge[?.]$/);
  });

  it("offers nearby values rounded like the answer, never its multiples or a lone round number", () => {
    const d = chooseDistractors({ type: "quantity", answer: "34 disposals", value: 34 }, undefined, [], "seed") ?? [];
    expect(d).toHaveLength(3);
    for (const x of d) expect([17, 68, 102, 51]).not.toContain(Number(x.split(" ")[0]));
    const money = chooseDistractors({ type: "money", answer: "$612 million", value: 612 }, undefined, [], "seed") ?? [];
    for (const x of money) expect(x).toMatch(/^\$\d{1,3} million$/);
    const dec = chooseDistractors({ type: "quantity", answer: "9.8 kilometres", value: 9.8 }, undefined, [], "seed") ?? [];
    for (const x of dec) expect(x).toMatch(/^\d+\.[1-9] kilometres$/);
  });

  it("accepts the surname of a speaker whose given name has a hyphen", () => {
    const q = gen("Sturt beat Woodville on 22 September 2019. “The river carries everything we need, and we will protect it for our children,” said Dr Nour El-Din Hamdy, the study's lead author.").find((x) => x.family === "quote");
    expect(q?.answer).toBe("Nour El-Din Hamdy");
    expect(q?.acceptedAnswers).toContain("Hamdy");
  });

  it("drops a relative clause left without its main verb, and a speaker's story told with 'would'", () => {
    expect(verdictOf("Sturt won on 22 September 2019. Sturt captain Jack Pomeroy, who kept midfielder Harry Quinlan to 16 touches.", "16 touches")?.verdict ?? "not asked").not.toBe("ok");
    expect(weakQuote("Who said: “When we first saw the hip bone, we did not dare to hope there would be so much more”?")).toBe("a speaker's own story");
  });

  it("cuts a second verb phrase after the answer, keeps 'Lohja, Finland, on Saturday' as a place and a time, and drops the country after its town", () => {
    const tyres = "Harcourt Tyres will close its factory in Llanelli by the end of next year, putting 640 jobs at risk and ending almost seven decades of tyre production in the town, the company announced on Tuesday.";
    expect(verdictOf(tyres, "640 jobs")?.prompt).toBe("Fill in the blank: Harcourt Tyres will close its factory in Llanelli by the end of 2016, putting _____ jobs at risk.");
    const curling = "Scotland's men won the European Curling Championships in Lohja, Finland, on Saturday night, beating Switzerland 7-6 in a tense final that was decided by the very last stone of an extra end.";
    expect(verdictOf(curling, "7-6")?.prompt).toBe("Fill in the blank: Scotland's men won the European Curling Championships in Lohja, beating Switzerland _____.");
    expect(verdictOf(curling, "Finland")?.verdict).toBe("a place that is only the setting");
  });
});

// Round 6c: the classes the blind read of fresh sets 18 and 19 named (those sets are no longer clean).
describe("issue 12, round 6c: descriptions for names, broken cuts and figures that describe", () => {
  it("drops 'the Sheffield-based company', 'the new trial' and 'the treatment group' standing in for names", () => {
    expect(verdictOf("Hollis & Brand reported results on 3 July 2025. The Sheffield-based company made a pre-tax profit of £31.2 million in the 26 weeks to 28 June 2025.", "£31.2 million")?.verdict).toBe("unnamed 'the …'");
    const trial = verdicts("A water bottle halved kidney stones in a trial reported on 3 June 2025. In the new trial, participants in the treatment group were asked to produce at least 2.5 liters of urine a day.");
    expect(trial.find((x) => x.answer === "2.5 liters")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("keeps a source's appositive out of the prompt with 'according to', and never reads 'near Doncaster, which' as Doncaster", () => {
    const v = verdictOf("The Petroleum Fund held about $18.6 billion at the end of September 2025, according to the central bank, the Banco Central de Timor-Leste.", "$18.6 billion");
    expect(v?.prompt).not.toContain("Banco Central");
    expect(relativeClauseFact(`Savings include a new distribution centre near Doncaster, which opened in April and is expected to cut mileage by about ${SLOT}.`)).toBeNull();
    expect(relativeClauseFact(`Voltaris, which is listed in ${SLOT}, rose.`)).toBe(`Voltaris is listed in ${SLOT}`);
  });

  it("never cuts a long sentence at 'until' into a half with no verb", () => {
    const body = "The agreement signed on 3 March 2025 commits the Azores government to freezing inter-island ferry fares for residents at €10 a crossing until the end of 2026, to spending €18 million on harbour works at Lajes das Flores and on the island of Corvo, and to opening a dialysis unit on Pico.";
    expect(verdictOf(body, "€18 million")?.prompt ?? "").not.toMatch(/The end of 2026/);
  });

  it("drops 'had Hollis & Brand' inverted, a figure in 'then a city of roughly _____,', 'which has _____.' and 'including _____'", () => {
    expect(verdictOf("Hollis & Brand had 664 shops at the end of June 2025.", "664 shops")?.prompt ?? "").not.toMatch(/had Hollis & Brand/);
    expect(verdictOf("In July 1518, Strasbourg, then a free imperial city of roughly 20,000 people on the Rhine, kept careful records.", "20,000 people")?.verdict).toBe("detail in an aside");
    expect(verdictOf("In March 2025 two deputies joined the Socialist opposition, which has 23 seats.", "23 seats")?.verdict).toBe("detail in an aside");
    expect(verdictOf("Hollis & Brand had 664 shops at the end of June 2025, including 41 franchised outlets at railway stations.", "41 franchised outlets")?.verdict).toBe("a part of a total");
  });

  it("dates a month-day in a history by the story's own year, not the year of publication", () => {
    const a = analyseArticle(ingestArticle("The Emu War\nPublished 3 March 2022\n\nOn 2 November 1932, soldiers arrived in Campion with two machine guns. By 8 November, they had fired 2,500 rounds.\n"));
    const time = a.ctx.sentences[1]!.time;
    expect(time.storyYear).toBe(1932);
    expect(dateAnswer({ month: 11, day: 8 }, "8 November", time, "By ")?.answer).toBe("November 8, 1932");
    expect(resolveRelativeDates("By 8 November, they had fired 2,500 rounds.", time).text).toBe("By 8 November 1932, they had fired 2,500 rounds.");
    // A news story dates "on 8 November" by its publication, as before.
    expect(dateAnswer({ month: 11, day: 8 }, "8 November", { ...time, storyYear: 2021 }, "By ")?.answer).toBe("November 8, 2021");
  });
});

// Round 6d: what the blind read of fresh sets 20 and 21 showed round 6 had lost (those sets are no longer clean).
describe("issue 12, round 6d: an explainer's general truths, a thing's value after a comma, and answers that swallow a verb", () => {
  const gps = (body: string) => generateQuestions(article(`GPS satellites circle the Earth. Receivers pick up their signals. ${body}`, "How does GPS know where you are?"), { mode: "confident" });

  it("asks a general truth of an explainer that names no actor, in the present", () => {
    expect(byAnswer(gps("Radio waves travel at the speed of light, about 300,000 kilometers per second."), "300,000 kilometers")?.prompt).toBe("Fill in the blank: Radio waves travel at the speed of light, about _____ per second.");
  });

  it("still drops such a line in the past, with a price, or in a news story", () => {
    expect(byAnswer(gps("Operating margins fell to 7.8 per cent in the period."), "7.8 per cent")).toBeUndefined();
    expect(byAnswer(generateQuestions(article("Radio waves travel at the speed of light, about 300,000 kilometers per second.", "Satellite maker Orbex wins navigation contract"), { mode: "confident" }), "300,000 kilometers")).toBeUndefined();
  });

  it("keeps a value given after a comma for the thing just named, but not a conversion of a figure", () => {
    expect(verdictOf("The Ministry of Trade ordered Nordkapp Metals on 3 June 2025 to pay 18 million kroner, about 1.5 million euros.", "1.5 million euros")?.verdict).toBe("a conversion of a given figure");
    expect(verdictOf("On 3 June 2025 Tarvo Probe measured winds at the edge of the storm, about 400 kilometres per hour.", "400 kilometres")?.verdict ?? "").not.toBe("figure tacked on after a comma");
  });

  it("never takes an answer that swallowed a verb ('19 fish showed sudden changes')", () => {
    expect(verdictOf("Tags from at least 19 fish showed sudden changes in temperature or depth consistent with being eaten, most likely by porbeagle sharks or toothed whales.", "19 fish showed sudden changes")?.verdict).toBe("answer swallowed a verb");
  });
});

// Round 6e: the classes the blind read of fresh sets 22 and 23 named (those sets are no longer clean).
describe("issue 12, round 6e: closing relative clauses, passages of play, measures, blanks after a verb, outside voices", () => {
  it("drops a blank inside a closing 'which' clause, 'the provision' and 'the combined society'", () => {
    expect(verdictOf("On 3 March 2025 the court annulled the Tarvo decree, which the National Assembly passed in 2021.", "2021")?.verdict).toBe("detail in an aside");
    expect(verdictOf("The court voted on 3 March 2025 to annul the provision.", "March 2025")?.verdict).toBe("unnamed 'the …'");
    expect(verdictOf("The combined society will process around 1.9 billion litres of milk a year supplied by some 7,800 farm families across Cork and Tipperary.", "7,800 farm families")?.verdict).toBe("unnamed 'the …'");
  });

  it("drops a count of one quarter of a match, and a measure asked apart from its adjective", () => {
    expect(verdictOf("Rytas won 84-79. Pritchett added 17 points, and Rytas held Žalgiris to just 18 points in the final quarter on 15 June 2025.", "18 points")?.verdict).toMatch(/^(?:detail of one passage of play|play-by-play)$/);
    // (Since round 15 a length is never asked "how many inches": the fill-in keeps "thick" beside its measure.)
    expect(verdictOf("Ice on the Thames was reported to be 11 inches thick in places in January 1684.", "11 inches")?.prompt).toBe("Fill in the blank: Ice on the Thames was reported to be _____ thick in places in January 1684.");
  });

  it("drops a sum blanked straight after a verb, 'has each site a dish' inverted, and a capital moved inside", () => {
    expect(verdictOf("In 1714 Parliament passed the Longitude Act, offering £20,000.", "£20,000")?.verdict).toBe("blank with several fillers");
    expect(verdictOf("The Longitude Act of 1714 offered a prize of £20,000.", "£20,000")?.verdict).not.toBe("blank with several fillers");
    const turnout = verdicts("Turnout was 68 per cent at Blackwater on 3 May 2025. The turnout at Suir Vale was 71 per cent.");
    expect(turnout.find((x) => x.answer === "68 per cent")?.prompt ?? "").not.toMatch(/was Turnout/);
  });

  it("writes 'on Sunday night' as 'on the night of Sunday, …', and asks nothing of an outside commentator", () => {
    const ref = { ref: referenceFrom("2025-06-17", null), narrativeMonth: null, narrativeYear: null };
    expect(resolveRelativeDates("Rytas won the title on Sunday night, beating Žalgiris.", ref).text).toBe("Rytas won the title on the night of Sunday, June 15, 2025, beating Žalgiris.");
    const qs = gen("The FlyWire map was published on 3 October 2024. “Until now we have been studying brains like someone without a street map,” said Lena Hofstetter, a neuroscientist at the University of Zurich who was not involved in the project.");
    expect(qs.some((q) => q.family === "quote")).toBe(false);
  });

  it("asks nothing of a historian quoted on the events, found where the article first introduces them", () => {
    const body = "The frost fair opened on the Thames in January 1684. Fiona Carrick, a social historian at the University of Kent, has studied the fairs. “What strikes you reading Evelyn is how quickly people adapted to the ice,” Carrick said.";
    expect(gen(body).some((q) => q.family === "quote")).toBe(false);
    const actor = "The frost fair opened on the Thames in January 1684. Fiona Carrick, the fair's organiser, set up 40 stalls. “What strikes you is how quickly people adapted to the ice,” Carrick said.";
    expect(gen(actor).some((q) => q.family === "quote")).toBe(true);
  });
});

// Round 6f: what the blind read of fresh sets 24 and 25 named (those sets are no longer clean).
describe("issue 12, round 6f: worked examples, unstated comparisons, 'years ago today' and subject counts", () => {
  it("drops figures that follow a made-up example set up earlier in the paragraph", () => {
    const body = "The Treasury sold notes on 3 May 2025.\n\nTake a simplified example. Suppose the Treasury offers $42 billion of notes. Bids at exactly 4.48% may be filled only in part.";
    expect(verdictOf(body, "4.48%")?.verdict).toBe("worked example");
  });

  it("drops 'a much smaller storm' with nothing to compare, and 'two hundred years ago today'", () => {
    expect(verdictOf("In March 1989 a much smaller storm caused the collapse of the Hydro-Québec grid in Canada.", "Canada")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdicts("Two hundred years ago today, a scholar from south-western France stood before the Académie in Paris.").every((x) => x.verdict !== "ok")).toBe(true);
  });

  it("drops a count as the subject of an active verb, but keeps 'about _____ were posted'", () => {
    expect(verdictOf("The world's roughly 16,000 desalination plants produce about 142 million cubic meters of brine a day.", "16,000 desalination plants")?.verdict).toBe("subject blank with several fillers");
    expect(verdictOf("In 1839, the last full year of the old system, about 76 million letters were posted in the United Kingdom.", "76 million letters")?.verdict).toBe("ok");
  });

  it("drops a change asked beside its level in any currency, and a reporting verb left inside an inverted question", () => {
    expect(verdictOf("Highveld reported a loss on 3 March 2024. Shares fell 7.4 per cent to R18.60 by the close in Johannesburg, taking their decline this year to almost a third.", "7.4 per cent")?.verdict).toMatch(/^(?:change asked beside its level|shares of an unnamed company)$/);
    expect(verdictOf("Under the revised plan, Nordkapp Metals says it will place about 60 per cent of its tailings back into the exhausted pit.", "60 per cent")?.verdict).toBe("reporting verb inside the question");
  });
});


describe("issue 12, round 7: outside voices, play-by-play, defined terms, two companies and dates counted from events", () => {

  it("asks who said it only of the story's actors: not an analyst, not a voice in an explainer, not a quote too long for a card", () => {
    const analyst = `Hollis & Brand sold 664 shops on 3 March 2015. "The sales line is genuinely good, and that tells you the brand is healthy," said Priya Nandakumar, a consumer analyst at Harcourt Securities. Ms Nandakumar expects more sales.`;
    expect(verdictOf(analyst, "Priya Nandakumar")?.verdict).toBe("an outside commentator");
    const lead = `Whales learn songs fast, a study found on 3 March 2015. "It behaves much like a pop hit that spreads from one group to the next," said Hannah Lowe, a biologist who led the study. Dr Lowe tagged 40 whales.`;
    expect(verdictOf(lead, "Hannah Lowe")?.verdict).toBe("ok");
    const explainer = `"The golden rule is that you never hand over a problem to the next sector," said Andrew Pike, who has worked at Swanwick for 19 years. Mr Pike trains others.`;
    expect(verdictsIn(explainer, "How does air traffic control work?").find((v) => v.answer === "Andrew Pike")?.verdict).toBe("a voice in an explainer");
    const long = `Albacor bought the cannery on 3 March 2015. "Portuguese sardines are one of the great food stories of the moment, and Marés do Norte has the history, the recipes and the people to tell it," said Ignacio Larrañaga, Albacor's chief executive. Mr Larrañaga will stay.`;
    expect(verdictOf(long, "Ignacio Larrañaga")?.verdict).toBe("long quote");
    expect(weakQuote("Who said: “We had nothing to lose by that point in the final”?")).toBe("a quote that leans on its context");
  });

  it("drops the run of play and the other leg of a tie, but keeps a final's result in the lead", () => {
    expect(["play-by-play", "one set of a match"]).toContain(verdictOf("Sisu won the title on 8 September 2024. Sisu lost the first period 4-2 but took the second 5-1.", "4-2")?.verdict);
    expect(verdictOf("Sturt came from 10 points down at half-time to beat Woodville by 14 points in the grand final on 22 September 2019.", "14 points")?.verdict).toBe("ok");
    expect(verdictOf("Ridderkerk won on 20 April 2024. Ridderkerk levelled at 14–14 seven minutes into the second half.", "14–14")?.verdict).toBe("play-by-play");
    const tie = "Hökarna won the championship 92-88 on aggregate on 24 September 2024. Tjurarna had won the first leg 47-43. Hökarna beat Tjurarna 49-41 at home on 24 September 2024.";
    expect(verdicts(tie).find((v) => v.answer === "49-41")?.verdict).toBe("a score of one leg or of both");
  });

  it("drops figures that are a side of the main one, or the size of an institution, but keeps a forecast headcount", () => {
    expect(verdictOf("Historians put the toll in Lisbon in 1755 at 30,000, with perhaps another 10,000 deaths in Morocco.", "10,000 deaths")?.verdict).toBe("a figure added to another");
    expect(verdictOf("Valga Hospital, which has 112 beds, signed the deal with Valka on 3 March 2015.", "112 beds")?.verdict).toBe("the size of an institution");
    expect(byAnswer(gen("Voltaris is expected to employ 4,000 people by 2027."), "4,000 people")).toBeDefined();
  });

  it("accepts the forms students write: 7%, 7,000 km, 14.20 Canadian dollars", () => {
    expect(acceptedAnswersFor("7 per cent", "percent")).toContain("7%");
    expect(acceptedAnswersFor("7,000 kilometres", "quantity")).toEqual(expect.arrayContaining(["7,000 km", "7000 km"]));
    expect(acceptedAnswersFor("C$14.20", "money")).toContain("14.20 Canadian dollars");
    const cad = verdicts("Aço Paraná will pay C$14.20 for each Lakehead share, it said on 3 March 2015.").find((v) => v.answer.includes("14.20"));
    expect(cad?.answer).toBe("C$14.20");
  });

  it("asks a term an explainer defines, by its definition, and never a synonym, a term without its definition or one item of a list", () => {
    const locks = verdictsIn("The stretch of canal between two locks is called a pound. The water above the lock is called the upper pound.", "How do canal locks work?");
    expect(locks.find((v) => v.answer === "pound")?.prompt).toBe("Fill in the blank: The stretch of canal between two locks is called a _____.");
    const tides = verdictsIn("At the Bay of Fundy, where the difference between high and low water, known as the tidal range, can reach 16 metres, boats sit on mud.", "How do tides work?");
    expect(tides.find((v) => v.answer === "tidal range")?.prompt).toBe("Fill in the blank: The difference between high and low water is known as the _____.");
    const force = verdictsIn("The result is a stretching force, known as the tidal force, that pulls the oceans into two bulges.", "How do tides work?");
    expect(force.find((v) => v.answer === "tidal force")?.verdict).toBe("term without its definition");
    const synonym = verdictsIn("The debt ceiling, also called the debt limit, is the most the government may borrow.", "What is the debt ceiling?");
    expect(synonym.some((v) => v.answer === "debt limit")).toBe(false);
    const list = verdictsIn("Cow's milk is about 87% water. Most of the rest is fat, a sugar called lactose, minerals such as calcium, and proteins.", "How does rennet make cheese?");
    expect(list.find((v) => v.answer === "lactose")?.verdict).toBe("term inside a list");
    const plural = verdictsIn("Modern plants pass the brine through devices called pressure exchangers.", "How does desalination work?");
    expect(plural.find((v) => v.answer === "pressure exchangers")?.verdict).toBe("ok");
  });

  it("never moves an answer out of a phrase it belongs to", () => {
    const plan = verdicts("The Nunavut Housing Corporation is two years into a plan to build 3,000 new homes by 2030, it said on 3 March 2015.").find((v) => v.answer === "3,000 new homes");
    expect(plan?.prompt ?? "").not.toMatch(/^How many/);
    expect(["turnout of an unnamed vote", "unnamed 'the …'"]).toContain(verdictOf("Turnout was 57 per cent of the 8,940 registered voters in the vote on 3 March 2015.", "57 per cent")?.verdict);
    const team = verdicts("The stone was recovered on 29 May 2024 by a team from Curtin University in Perth.").find((v) => v.answer === "Curtin University");
    expect(team?.prompt ?? "").not.toMatch(/^From which/);
    const of = verdicts("Researchers surveyed about 1,100 kilometers of the Juruá River in Brazil in 2019.").find((v) => v.answer === "1,100 kilometers");
    expect(of?.prompt ?? "").not.toMatch(/survey of the/);
    const price = verdicts("Robusta futures in London climbed above $4,000 a metric ton in April 2024.").find((v) => v.answer === "$4,000");
    expect(price?.prompt ?? "").not.toMatch(/^How much/);
    const splice = verdicts("At a time when a carpenter might earn around 250 guilders a year in 1637, that sum could have bought a house.").find((v) => v.answer === "250 guilders");
    expect(splice?.verdict).not.toBe("ok");
  });

  it("drops what the card never names: whose shares, which group, which year, which question", () => {
    expect(verdictOf("Shares rose 3.1% in Montevideo trading on Wednesday, March 5, 2025.", "3.1%")?.verdict).toBe("shares of an unnamed company");
    expect(verdictOf("Half were given a daily tablet containing 2,000 international units of vitamin D3 in 2023.", "2,000 international units")?.verdict).toBe("a share of an unnamed group");
    expect(verdictOf("Nineteen men set out from Melbourne with about 20 tonnes of supplies in 1860.", "20 tonnes")?.verdict).toBe("an unnamed group");
    expect(verdictOf("Van Leeuwen lost money in 2023. Van Leeuwen's revenue dropped 18% that year to €486 million.", "€486 million")?.verdict).toBe("'that year' points back");
    expect(verdictsIn("Surprisingly often, the answer is yes, thanks to a centuries-old legal principle called adverse possession.", "What is adverse possession?").find((v) => v.answer === "adverse possession")?.verdict).not.toBe("ok");
    expect(verdictOf("Saint-Pierre in 1902 was the heart of Martinique.", "1902")?.verdict).toBe("a year as the setting");
    expect(verdictOf("Researchers from Makerere University spent 14 months in 2023 trapping flies at 40 sites.", "40 sites")?.verdict).toBe("a place could fill the blank");
  });

  it("reads 'the company' as the one named last when a story has two", () => {
    const body = "Aço Paraná will buy Lakehead Steel for C$1.15 billion, the firms said on 3 March 2015. Aço Paraná will pay cash. Investors in Lakehead cheered. Analysts say Lakehead has had a difficult two years. The company cut 60 jobs in 2014.";
    const title = "Aço Paraná agrees to buy Lakehead Steel";
    const a = analyseArticle(article(body, title));
    expect(a.companies).toEqual(expect.arrayContaining(["Lakehead", "Aço Paraná"]));
    const jobs = verdictsIn(body, title).find((v) => v.answer === "60 jobs");
    expect(jobs?.prompt ?? "").not.toContain("Aço Paraná");
  });

  it("dates a month in the future after publication, 'last November' before it, and never counts 'the previous Tuesday' from publication", () => {
    const time = { ref: { year: 2024, month: 11, day: 3 }, narrativeMonth: null, narrativeYear: null, storyYear: 2016 };
    expect(resolveRelativeDates("Kedah will represent Malaysia in Bangkok in February.", time).text).toContain("February 2025");
    expect(resolveRelativeDates("The company cut 60 jobs last November.", { ...time, ref: { year: 2025, month: 9, day: 8 } }).text).toContain("in November 2024");
    expect(resolveRelativeDates("They won the first leg at their own track the previous Tuesday.", time).unresolved).toBe(true);
  });
});

describe("issue 12, round 7, after the read of sets 42-45: steps, particular things, halves of measures", () => {
  it("drops one of things named elsewhere, a step of a sequence, half a measurement, a vague 'dozen' and an association's size", () => {
    expect(verdictOf("The ferry line ordered two ships on 3 March 2015. Each will carry 400 passengers and about 120 cars or 40 trucks.", "40 trucks")?.verdict).toBe("a share of an unnamed group");
    expect(verdictOf("The Iron Bridge, with a clear span of 100 feet 6 inches, opened to traffic on New Year's Day 1781.", "6 inches")?.verdict).toBe("half of a measurement");
    expect(verdicts("Mariana Ochoa said on 3 March 2015 that recounts usually shift results by a few dozen votes at most.").some((v) => v.answer === "dozen votes")).toBe(false);
    expect(verdictOf("The Pemba Clove Growers' Association represents about 14,000 households, it said on 3 March 2015.", "14,000 households")?.verdict).toBe("the size of an institution");
    const a = analyseArticle(article("How does a case unfold? First comes a written phase, in which each side files long documents called memorials.", "How does the International Court of Justice work?"));
    const step = extractFacts(a).find((f) => f.answer.answer === "memorials");
    const r = step ? realiseQuestion(a, step) : null;
    expect(r && "rejected" in r ? r.rejected : "asked").not.toBe("asked");
    const ships = analyseArticle(article("The two new roll-on/roll-off passenger ships, known as ro-pax vessels, were ordered in 2025.", "How do ferries work?"));
    const term = extractFacts(ships).find((f) => f.answer.answer === "ro-pax vessels");
    expect(term && "rejected" in realiseQuestion(ships, term)).toBe(true);
  });

  it("writes a number word after 'As of' in lower case, and never dates how a game is played", () => {
    const qs = gen("Three cornerstone investors have agreed to buy 12 percent of the offered shares at the final price.", "Al Wadi lists on the Muscat exchange");
    expect(byAnswer(qs, "12 percent")?.prompt ?? "").not.toMatch(/As of [^,]+, Three/);
    const polo = verdicts("La Aurora won the Open on 6 December 2025. Polo is played by two teams of four riders on a field roughly 275 metres long and 146 metres wide.").find((v) => v.answer === "146 metres");
    expect(polo?.prompt ?? "").not.toMatch(/^(?:Fill in the blank: )?As of/);
  });
});

describe("issue 12, round 7, last: an event dated 'By', shares of sales, rates the prompt gives away, cut endings", () => {
  it("dates a present perfect event with 'By … had', a state with 'As of', and keeps 'has owed' a state", () => {
    const deal = byAnswer(gen("Nordhav Seafood has agreed to buy Salmones Llanquihue for about $1.1 billion.", "Nordhav to buy Chilean salmon farmer"), "$1.1 billion");
    expect(deal?.prompt).toMatch(/^Fill in the blank: By March 2015, Nordhav Seafood had agreed to buy/);
    const state = verdicts("Montenegro is a candidate to join the European Union and has opened all 33 negotiating chapters.").find((v) => v.answer === "33 negotiating chapters");
    expect(state?.prompt ?? "").not.toMatch(/^(?:Fill in the blank: )?By /);
  });

  it("drops a region's share of sales dressed as a payment, a rate the prompt's own counts give, and a fill-in cut mid-clause", () => {
    const sales = verdicts("Keristo's sales rose in 2024. The Nordic countries contributed €11.0 million, and the United States €9.2 million.").find((v) => v.answer === "€11.0 million");
    expect(sales?.prompt ?? "").not.toMatch(/contribute for/);
    expect(verdictOf("Of the seven birds that left into contrary winds in 2023, four disappeared over the Arabian Sea, a loss rate of 57 percent.", "57 percent")?.verdict).toBe("worked out from the numbers given");
  });
});

describe("issue 12, round 7: leads cut to the clause with the answer", () => {
  it("keeps the verb after a name and its appositive, drops the appositive when the lead is still long, and cuts after 'after new orders' or 'with a golden goal'", () => {
    expect(compressToFit(`Harcastle & Lowe, one of Britain's largest independent book publishers, reported a ${SLOT} rise in annual revenue on Wednesday, helped by a surge in audiobook sales`, 23)).toBe(`Harcastle & Lowe, one of Britain's largest independent book publishers, reported a ${SLOT} rise in annual revenue on Wednesday`);
    expect(compressToFit(`Hollis & Brand, the high street bakery chain known for its steak bakes and sausage rolls and its pasties, reported a ${SLOT} fall in half-year profits on Tuesday, hit by higher wages and the price of butter`, 23)).toBe(`Hollis & Brand reported a ${SLOT} fall in half-year profits on Tuesday`);
    expect(compressToFit(`Almstein Lift Group said Wednesday it would cut about ${SLOT} over the next two years after new orders fell for a second straight year, dragged down by China`, 23)).toBe(`Almstein Lift Group said Wednesday it would cut about ${SLOT} over the next two years`);
    expect(compressToFit(`Germany won the men's canoe polo world championship for the first time in a decade on Sunday, beating Italy ${SLOT} with a golden goal in extra time at the Welland International Flatwater Centre`, 23)).toBe(`Germany won the men's canoe polo world championship for the first time in a decade on Sunday, beating Italy ${SLOT}`);
  });
});

describe("issue 12, round 7, after the read of sets 46-49", () => {
  it("drops worked examples addressed to the reader, 'the right answer', 'the fight', an unstated 'much narrower' and a setting with no main clause", () => {
    expect(verdictOf("Over the full 30 years, you would pay roughly $383,000 in interest on a loan taken out in 2024.", "$383,000")?.verdict).toBe("a worked example addressed to the reader");
    expect(verdictOf("Family doctors reached the right answer in 61 per cent of cases in a 2024 study.", "61 per cent")?.verdict).toBe("points back in the text");
    expect(verdictOf("Bydgoszcz councillors argued in 2024. At the center of the fight was a tram line to Fordon, a district of about 70,000 people.", "70,000 people")?.verdict).not.toBe("ok");
    expect(verdictOf("Carrow's Cove voted for the merger in November 2024. The margin in St. Anselm's was much narrower, at 53.8 per cent in favour.", "53.8 per cent")?.verdict).toBe("comparison with something unstated");
    expect(verdictOf("In the High Atlas, where the earthquake of September 2023 killed nearly 3,000 people.", "3,000 people")?.verdict).not.toBe("ok");
  });

  it("reads a weight in pounds as a weight, keeps 'far too low', and never inverts a possessive 'has' before an apostrophe name", () => {
    expect(verdicts("Elizabeth Hughes arrived in Toronto in August 1922 weighing about 45 pounds.").some((v) => v.answer === "45 pounds" && v.verdict === "ok" && /£/.test(v.answer))).toBe(false);
    const volts = verdicts("A turbine's generator typically produces power at around 690 volts, far too low to travel efficiently, engineers said in 2024.").find((v) => v.answer === "690 volts");
    expect(volts?.prompt ?? "").not.toMatch(/far low/);
    const cove = verdicts("As of November 2024, Carrow's Cove has 5,600 residents.").find((v) => v.answer === "5,600 residents");
    expect(cove?.prompt ?? "").not.toMatch(/has Carrow's Cove\?$/);
  });
});

describe("issue 12, round 8, after the read of sets 50-53: verbs inside a defined phrase, stated maximums, results without their company", () => {
  const results = (body: string, title = "Korvin Tools profit rises 12% on export demand") => generateQuestions(article(body, title, "August 5, 2025"), { mode: "confident" });
  const resultVerdicts = (body: string, title = "Korvin Tools profit rises 12% on export demand") => {
    const a = analyseArticle(article(body, title, "August 5, 2025"));
    return extractFacts(a).map((f) => {
      const r = realiseQuestion(a, f);
      return "rejected" in r ? { answer: f.answer.answer, verdict: r.rejected } : { answer: f.answer.answer, verdict: "ok", prompt: r.prompt };
    });
  };
  const lead = "Korvin Tools Ltd., the Finnish maker of hand tools, reported a 12% rise in second-quarter net profit on Tuesday.";

  it("asks a term by the phrase after the verb ('lies in'), and not at all when it names the verb's object", () => {
    const q = byAnswer(gen("The secret lies in thin ridges on the surface of the leaf, called papillae."), "papillae");
    expect(q?.prompt).toBe("Fill in the blank: Thin ridges on the surface of the leaf are called _____.");
    expect(byAnswer(gen("The top five clubs earn automatic places in the final round, known as byes, while the rest must qualify."), "byes")).toBeUndefined();
  });

  it("writes 'June this year' as June of that year, never 'June 2015 in 2015'", () => {
    const a = analyseArticle(article("Rainfall between October 2014 and June this year was about 40 percent below the average, the weather service said.", "Drought deepens", "August 3, 2015"));
    const r = extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => !("rejected" in x) && x.answer.answer === "40 percent");
    expect(r && "prompt" in r ? r.prompt : "").toContain("June 2015 was");
  });

  it("offers no option above the maximum the prompt states", () => {
    const qs = gen("Huw Pryce, a sheep farmer from Tregaron, won the World Sheepdog Trials on Sunday, September 15, 2024. Pryce scored 196 points out of a possible 220 in the final at Glanrhyd Farm near Llandovery. In the qualifying rounds, Anna Berg scored 274 points over two runs, while Tom Reid totalled 451 points across three runs. The lowest qualifier had 88 points.");
    const q = byAnswer(qs, "196 points");
    expect(q).toBeDefined();
    for (const c of q?.choices ?? []) expect(Number(c.replace(/\D/g, ""))).toBeLessThan(220);
    // ("totalled" is "total" after "did", not "totall".)
    expect(byAnswer(qs, "451 points")?.prompt).toBe("How many points did Tom Reid total across three runs?");
  });

  it("drops the end of something unnamed, who attributed a figure, and the background a time clause sets", () => {
    expect(verdictOf("At the western end, the Ferrow line linked Dunmore with Castlebay in 1902.", "Castlebay")?.verdict).not.toBe("ok");
    expect(verdictOf("Profit rose in 2024. Finance director Jane Okafor attributed the improvement to cheaper funding.", "Jane Okafor")?.verdict).not.toBe("ok");
    expect(verdictOf("The Resolute sailed from Leith on 8 August 1914, days after Britain entered the First World War.", "United Kingdom")?.verdict).not.toBe("ok");
  });

  it("names the company and the period of a results story's figures, and asks a change by a percentage as a fill-in", () => {
    const margin = byAnswer(results(`${lead} Operating margin widened to 11.4% from 9.8%.`), "11.4%");
    expect(margin?.prompt).toBe("Fill in the blank: In the second quarter of 2025, Korvin Tools' operating margin widened to _____ from 9.8%.");
    // ("What percentage did revenue fall to C$4.9 billion?" reads as the level; the fill-in "fell _____ to C$4.9
    // billion" is then one end of a range to the gates, and the level is what is asked.)
    const change = resultVerdicts(`${lead} Revenue fell 17 per cent to C$4.9 billion.`);
    expect(change.find((v) => v.answer === "17 per cent")?.verdict).not.toBe("ok");
    expect(change.find((v) => v.answer === "C$4.9 billion")?.prompt).toBe("Fill in the blank: In the second quarter of 2025, Korvin Tools' revenue fell 17 per cent to _____.");
    const company = resultVerdicts(`${lead} The company posted revenue of €84 million, up from €71 million.`).find((v) => v.answer === "€84 million");
    expect(company?.prompt ?? "").toMatch(/Korvin Tools posted revenue of _____/);
  });

  it("drops a figure named by its metric alone when no company is named", () => {
    expect(verdictOf("Output fell to 204,300 tonnes of aluminium, short of capacity.", "204,300 tonnes")?.verdict).toBe("whose or which is not said");
  });
});

describe("issue 12, round 8b: results leads keep their company, and the blank gives no hint", () => {
  it("keeps the company of 'X reported a 9.2% rise in annual net profit', and asks the change as 'a rise of _____'", () => {
    const q = byAnswer(generateQuestions(article("Korvin Tools, the Finnish maker of hand tools, reported a 9.2% rise in annual net profit on Tuesday, helped by exports.", "Korvin Tools lifts profit", "March 5, 2025"), { mode: "confident" }), "9.2%");
    expect(q?.prompt).toMatch(/^Fill in the blank: Korvin Tools(?:, the Finnish maker of hand tools,)? reported a rise of _____ in annual net profit/);
  });

  it("writes 'an _____' as 'a(n) _____', so the article's article does not tell the figure's first sound", () => {
    const v = verdicts("Ferrow Quarries introduced an 18 percent surcharge on deliveries in March 2014.").find((x) => x.answer === "18 percent");
    expect(v?.prompt).toBe("Fill in the blank: Ferrow Quarries introduced a(n) _____ surcharge on deliveries in March 2014.");
  });

  it("drops a lead cut inside its reason ('…on Tuesday, as higher wages.')", () => {
    expect(malformed(analyseArticle(article("x")), { entity: { type: "percent" } } as never, "Fill in the blank: Hollin & Bray reported a fall of _____ in half-year profits on Tuesday, July 29, 2025, as higher wages.")).toBe("clause cut in half");
  });
});

describe("issue 12, round 8c: a results story's period written once, and one figure of a parallel list", () => {
  it("writes 'for the year ended December 31' as the year reported, not the comparison year the sentence states", () => {
    const body = "Ferrow Quarries Ltd., a Welsh slate producer, reported a net loss for 2024 on Tuesday. The company posted a net loss of £3.8 million for the year ended December 31, compared with a profit of £2.1 million in 2023.";
    const q = byAnswer(generateQuestions(article(body, "Ferrow Quarries swings to loss", "March 5, 2025"), { mode: "confident" }), "£3.8 million");
    expect(q?.prompt).toBe("Fill in the blank: Ferrow Quarries posted a net loss of _____ for 2024.");
  });

  it("writes 'the six months to June' as the half-year, once", () => {
    // ("growth in digital lending" is a noun: not a loan whose purpose the card leaves out.)
    const q = byAnswer(generateQuestions(article("Tamsin Bank, the Mombasa-listed lender built around its mobile wallet, reported an 18 per cent rise in net profit for the six months to June, helped by strong growth in digital lending.", "Tamsin Bank half-year profit rises", "August 14, 2025"), { mode: "confident" }), "18 per cent");
    expect(q?.prompt).toBe("Fill in the blank: Tamsin Bank reported a rise of _____ in net profit in the first half of 2025, helped by strong growth in digital lending.");
  });

  it("keeps a clause followed by a participle with 'by', and still drops a simple past after a comma", () => {
    expect(verdictOf("Blood groups decide who can give blood to whom. Blood markers belong to the ABO system, discovered by the Austrian scientist Karl Landsteiner in 1901. Landsteiner won a Nobel Prize, and Landsteiner also found the rhesus factor.", "Karl Landsteiner")?.verdict).toBe("ok");
    expect(verdictOf("The number of river dolphins in the Tarvanian lakes, fell by 38% between 2014 and 2024.", "38%")?.verdict).toBe("comma between subject and verb");
  });

  it("drops one figure of a parallel list ('48 per cent are group O, _____ group A') and keeps a figure that restates the one before", () => {
    expect(verdictOf("In Freedonia in 2014, roughly 48 per cent of people were group O, 38 per cent group A.", "38 per cent")?.verdict).toBe("one figure of a list");
    expect(verdictOf("Tarvania's debt is forecast to reach 1.9 billion dinars by the end of 2025, roughly 61 percent of annual revenue.", "61 percent")?.verdict).toBe("ok");
  });
});

describe("issue 12, round 8d: a moved question only in its simple shape (pooled reads: moved 19%, fill-ins 35%)", () => {
  it("keeps 'how much … did <Name> <verb>' and asks a moved question round a long or unnamed subject as the clause's fill-in", () => {
    expect(byAnswer(gen("Russia has courted North Korea for a year. In 2014, Russia wrote off $10 billion of North Korea's Soviet-era debt."), "$10 billion")?.prompt).toBe("In 2014, how much of North Korea's Soviet-era debt did Russia write off?");
    const herring = verdicts("By 2024 a typical four-year-old herring caught in the Gulf of Gdańsk now measures about 19 centimetres, against 23 in the 1980s.").find((v) => v.answer === "19 centimetres");
    expect(herring?.prompt ?? "").not.toMatch(/^How many/);
    const fund = verdicts("The Tarvanian Petroleum Fund held about $18.6 billion at the end of September 2014, the central bank said.").find((v) => v.answer === "$18.6 billion");
    expect(fund?.prompt).toBe("Fill in the blank: The Tarvanian Petroleum Fund held about _____ at the end of September 2014.");
  });

  it("keeps a possessive name's capital after 'As of', and drops a town's population and a match statistic", () => {
    expect(verdictOf("As of November 2024, Carrow's Cove has about 5,600 residents.", "5,600 residents")?.verdict).toBe("the size of an institution");
    expect(verdictOf("In Ferrow on 17 August 2025, Germany had 14 shots on goal against Spain.", "14 shots")?.verdict).toBe("a match statistic");
    const harbour = verdicts("At present Carrow's Harbour can handle about 2.4 million tonnes of cargo a year.").find((v) => v.answer === "2.4 million tonnes");
    expect(harbour?.prompt ?? "").not.toMatch(/carrow's/);
  });
});

describe("issue 12, round 8e, after the read of sets 60-65 (now tuned on): wrong answers and leftovers readers named", () => {
  it("reads pounds of a thing as its weight, and a month a later 'will' starts as the coming one", () => {
    expect(verdicts("Tarvanian producers made a record of roughly 240 million pounds of maple syrup in 2024.").find((v) => v.answer.includes("240"))?.answer).toBe("240 million pounds");
    const a = analyseArticle(article("In 2023 the first survey of 300 homes ended. A follow-up study starting in September will ask around 600 families to keep phones out of bedrooms.", "Phones in bedrooms and sleep", "March 12, 2025"));
    const r = extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => !("rejected" in x) && x.fact.kind === "entity" && x.fact.entity.text === "600 families");
    expect(r && "prompt" in r ? r.prompt : "").toContain("September 2025");
  });

  it("drops a name cut at its initial, one set's score, 'Either way', 'Over the following years', 'of which' and analysts' forecasts", () => {
    expect(verdictOf("Thanks to the campaign led by Dr. William C. Gorgas, yellow fever was gone from Colón by 1906.", "William C")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("Brekke and Kjelstrup won the final on 22 June 2025, 19-21, 21-17, 15-12.", "19-21")?.verdict).toBe("one set of a match");
    expect(verdictOf("Either way, the process by which strangers agree on one version of history is known as consensus.", "consensus")?.verdict).toBe("points back in the text");
    expect(verdictOf("Over the following years, the Ferrow Telephone Company fought around 600 lawsuits over its 1876 patent.", "600 lawsuits")?.verdict).toBe("points back in the text");
    expect(verdictOf("Analysts polled by Ferrow Paper had expected, on average, a small profit of €6 million for the third quarter of 2025.", "€6 million")?.verdict).toBe("a forecast of a figure");
  });

  it("never reads 'called from around the world' as a term, and never writes 'the morning of Thursday … trading'", () => {
    expect(verdicts("In 1923 tenders for the Tarvania bridge were called from around the world.").some((v) => v.answer === "from around the world")).toBe(false);
    const shares = verdicts("Shares in Ferrow Blooms rose 3.1 per cent to KSh 48.75 in Thursday morning trading in Nairobi.").find((v) => v.answer === "3.1 per cent");
    expect(shares?.prompt ?? "").not.toMatch(/morning of/);
  });
});

describe("issue 12, round 9, from the reads of sets 54-65: background years, unnamed events and short quotes", () => {
  it("dates a bare month of a news report by the report, not by a background year two years back", () => {
    const a = analyseArticle(article("The devaluation of the Tarvanian dinar in December 2023 helped exporters. Sales to Freedonia grew 19 percent, helped by a distribution agreement signed in Ferrow in April.", "Tarvanian winery lifts exports", "March 12, 2025"));
    const answers = extractFacts(a).map((f) => f.answer.answer);
    expect(answers).toContain("April 2024");
    expect(answers).not.toContain("April 2023");
  });

  it("drops 'the final', 'the by-election', 'the effect' and 'the co-operative' when the card never names them", () => {
    expect(verdictOf("At night the effect was smaller but persistent, at about 1.1 degrees Fahrenheit in 2024.", "1.1 degrees")?.verdict).toBe("unnamed 'the …'");
    expect(verdictOf("Turnout in the by-election was 41 per cent in March 2025, officials in Ferrow said.", "41 per cent")?.verdict).not.toBe("ok");
  });

  it("asks no quote of six words or fewer", () => {
    expect(weakQuote("Who said: “It was a risk, of course”?")).toBe("a quote too short to say anything");
    expect(weakQuote("Who said: “Maple is not something Americans can easily replace”?")).toBeNull();
  });
});

describe("issue 12, round 9b, after the read of sets 66-69: accepted answers and 'by what percentage'", () => {
  const realised = (body: string, title: string, date: string, answer: string) => {
    const a = analyseArticle(article(body, title, date));
    const r = extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => x.fact.answer.answer === answer);
    return r && "prompt" in r ? r : undefined;
  };

  it("accepts the country only for a capital that acts as its government, and no title as a surname", () => {
    const city = realised("In 1644 the rebel leader Li Zicheng captured Beijing.", "The Ming wall", "April 2, 2025", "Beijing");
    expect(city?.prompt).toBe("Fill in the blank: In 1644 the rebel leader Li Zicheng captured _____.");
    expect(city?.answer.accepted).not.toContain("China");
    const khan = realised("In 1550 the Mongol leader Altan Khan led a raid that reached the outskirts of Beijing. Altan Khan withdrew after eight days, and Altan Khan made peace in 1571.", "The Ming wall", "April 2, 2025", "Altan Khan");
    expect(khan?.prompt).toBeDefined();
    expect(khan?.answer.accepted).not.toContain("Khan");
  });

  it("asks a change by a percentage as 'by what percentage', and drops a clause that opens with 'that exposure'", () => {
    expect(verdictOf("On Saturday, September 8, 1900, that exposure proved catastrophic for Galveston.", "September 8, 1900")?.verdict ?? "not asked").not.toBe("ok");
    // ("on Monday, _____" while the Monday's own date is the blank was dated from the article: "Monday, March 2, 2015, _____".)
    expect(verdictOf("Shares in Daehan Heavy fell 3.8 percent in Seoul on Monday, July 22, 2024.", "July 22, 2024")?.prompt ?? "").not.toContain("March 2, 2015");
    const q = realised("Korvex Group, a Finnish fertiliser maker, reported a 9% rise in first-half net profit on Tuesday. Shipments to Europe fell 12%, which the company attributed to weak farm incomes.", "Korvex Group lifts profit as shipments to Europe fall", "August 5, 2025", "12%");
    expect(q?.prompt).toBe("In the first half of 2025, by what percentage did Korvex Group's shipments to Europe fall?");
  });
});

describe("issue 12, round 10: the front of a report, its people, its company and its contest", () => {
  const promptFor = (body: string, answer: string, title?: string, date?: string) => {
    const r = realisedAnswer(body, answer, title, date);
    return r && "prompt" in r ? r.prompt : undefined;
  };

  it("takes a name for a person's when the article later writes 'Hruška, 47,' or 'Hruška told'", () => {
    const body = "Brno's city assembly elected Pavel Hruška as mayor on Tuesday. Hruška, 47, a former structural engineer, won 31 votes. Hruška takes office next week.";
    expect(promptFor(body, "Pavel Hruška", "Brno picks a mayor", "November 19, 2025")).toBe("Fill in the blank: Brno's city assembly elected _____ as mayor on Tuesday, November 18, 2025.");
    // Without such a cue the name stays unknown, and the question is not written.
    expect(promptFor("Brno's city assembly elected Pavel Hruška as mayor on Tuesday. The vote ended six weeks of wrangling.", "Pavel Hruška", "Brno picks a mayor", "November 19, 2025")).toBeUndefined();
  });

  it("leaves a surname inside a firm's name alone ('Harcastle & Lowe' is not 'Harcastle & Edward Lowe')", () => {
    const body = "Harcastle & Lowe reported a 9 per cent rise in annual revenue on Wednesday. Chairman Edward Lowe said the year had been the best in the firm's history.";
    const q = promptFor(body, "9 per cent", "Harcastle & Lowe lifts revenue", "February 27, 2025");
    expect(q).toContain("Harcastle & Lowe");
    expect(q).not.toContain("Edward");
  });

  it("drops a cause or consequence after the news ('…, helped by…', '… as booming demand…') rather than the question", () => {
    const q = promptFor("Keristo reported a 14 percent rise in annual sales on Thursday as booming demand in the United States and Germany more than offset a slump at home, and said it would spend €18 million on a second factory.", "14 percent", "Keristo sales jump", "March 28, 2025");
    expect(q).toBe("Fill in the blank: Keristo reported a rise of _____ in annual sales on Thursday, March 27, 2025.");
  });

  it("calls 'the company' by the name the lead gives a business, and writes its own figure as the company's", () => {
    const body = "Harrowgate Brewing Group, one of Britain's largest independent brewers, will close its brewery in Burton and cut 340 jobs. The company said on Thursday that pre-tax profit for the year to 29 March fell to £41.2 million, from £66.5 million a year earlier.";
    expect(promptFor(body, "£41.2 million", "Harrowgate Brewing cuts 340 jobs", "May 22, 2025")).toBe("Fill in the blank: Harrowgate Brewing Group's pre-tax profit for the year to 29 March 2025 fell to _____, from £66.5 million a year earlier.");
    // In a deal "the company" may be the one bought: it is not named after the buyer.
    const deal = "Grupo Ortegal, the Spanish canned-fish group, said on Wednesday it had agreed to buy Conservas Atlântida. The company sold about 96 million cans in 2023.";
    expect(promptFor(deal, "96 million cans", "Ortegal buys Atlântida", "June 5, 2024") ?? "").not.toContain("Grupo Ortegal sold");
  });

  it("does not ask the back part of a news report, but asks a history's or an essay's", () => {
    const back = "Morvel council will borrow 48 million euros from the Ravel state bank.";
    const paragraphs = (lead: string) => [lead, "Local traders welcomed the plan.", "Fishermen were less sure.", "The mayor spoke at length.", "Residents gathered at the harbour.", "Work begins in the spring.", back].join("\n\n");
    const report = gen(paragraphs("The port town of Morvel approved a new ferry pier on Tuesday after a long debate."), "Morvel approves ferry pier");
    const essay = gen(paragraphs("The port town of Morvel has argued about a new ferry pier for a generation."), "Morvel and its pier");
    expect(report.find((q) => q.answer === "48 million euros")).toBeUndefined();
    expect(essay.find((q) => q.answer === "48 million euros")).toBeDefined();
  });

  it("names the contest a sports report's lead names in a fact of the match", () => {
    const body = "Northgate beat Riverside 2-1 in the Coastal Cup final on Saturday. Striker Leo Marsh headed Northgate ahead in the 34th minute. Marsh later hit the post, and Marsh was named man of the match.";
    expect(promptFor(body, "Leo Marsh")).toBe("Fill in the blank: In the Coastal Cup final, striker _____ headed Northgate ahead in the 34th minute.");
  });

  it("writes 'added' as 'add', drops an age with its commas, and refuses one end of a range in millions", () => {
    expect(baseFormOfPast("added")).toBe("add");
    expect(trimAsides(`Aigerim Sadvakasova, 44, took ${SLOT} of the vote`)).toBe(`Aigerim Sadvakasova took ${SLOT} of the vote`);
    expect(verdictOf("Almstein Lift Group expects restructuring costs of 85 million to 95 million francs.", "95 million francs")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("writes a titled surname as the full name without the title, and refuses a place 'there' after a noun", () => {
    const q = promptFor("Máret Anne Somby, a reindeer herder, said the land was vital. Ms Somby described a journey of about 300 kilometres each April.", "300 kilometres");
    expect(q ?? "").not.toMatch(/\bMs\b/);
    expect(verdictOf("Maison Verhaeghe will move production to Nitra in Slovakia. Labour and energy costs there are roughly 40 per cent lower than in Flanders.", "40 per cent")?.verdict ?? "not asked").not.toBe("ok");
  });
});

describe("issue 12, round 11: what the readers of sets 70-75 rejected", () => {
  const promptFor = promptOrReason;

  it("names a half-year that ends in September or December by its months, not as a calendar half", () => {
    const sept = "Kavanti Foods, one of Ghana's largest biscuit makers, reported a 21 percent fall in half-year profit on Tuesday. The company said profit for the six months to September 30 fell to 4.1 billion cedis. Revenue rose 33 percent to 88.2 billion cedis.";
    expect(promptFor(sept, "88.2 billion cedis", "Kavanti profit falls", "November 12, 2024")).toBe("Fill in the blank: In the six months to September 2024, Kavanti Foods' revenue rose 33 percent to _____.");
    const dec = "Lumora, one of Chile's largest salmon exporters, said its net profit rose in the first half of its financial year. It reported net profit of 60 billion pesos for the six months to December 31. Revenue rose 12 percent to 910 billion pesos.";
    expect(promptFor(dec, "910 billion pesos", "Lumora profit rises", "February 18, 2025")).toBe("Fill in the blank: In the six months to December 2024, Lumora's revenue rose 12 percent to _____.");
  });

  it("does not ask a region's or a bare 'Exports' share of a company's figures", () => {
    const body = "Velora Bikes, one of Austria's largest bicycle makers, reported a 9 per cent fall in net profit for 2024 on Monday. Revenue rose 4 per cent to €310 million. Asia, led by Japan, rose 18 per cent to €41 million. Exports, mainly to Germany and Italy, made up 62 per cent of revenue.";
    expect(promptFor(body, "€41 million", "Velora profit slips", "March 10, 2025")).not.toMatch(/^Fill in the blank/);
    expect(promptFor(body, "62 per cent", "Velora profit slips", "March 10, 2025")).not.toMatch(/^Fill in the blank/);
  });

  it("drops a conversion of the answer ('612 million baht, about _____') and a conversion beside it", () => {
    const body = "Orvana Rubber, one of South Africa's largest glove makers, reported a 40 percent rise in annual profit on Monday. Net profit for 2024 rose to 512 million rand, about $28 million, from 366 million rand.";
    expect(promptFor(body, "$28 million", "Orvana profit jumps", "February 24, 2025")).toBe("a conversion of a given figure");
    expect(promptFor(body, "512 million rand", "Orvana profit jumps", "February 24, 2025")).not.toContain("$28 million");
  });

  it("puts an explainer's definition in its subject, and drops one that points back", () => {
    const explainer = (body: string) => verdictsIn(body, "How desalination works: turning the sea into tap water");
    expect(explainer("Seawater is pushed at high pressure through a plastic sheet. The leftover salty water is known as brine.").find((v) => v.answer === "brine")?.prompt).toBe("Fill in the blank: In desalination, the leftover salty water is known as _____.");
    expect(explainer("Plants have two filters. Each holds thousands of fine tubes called hollow fibres.").find((v) => v.answer === "hollow fibres")?.verdict ?? "not asked").not.toBe("ok");
    // Without a subject to name, a bare opening is not asked at all.
    expect(verdictsIn("Seawater is pushed at high pressure through a plastic sheet. The leftover salty water is known as brine.", "Why the sea is salty, and what we do about it").find((v) => v.answer === "brine")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("does not ask a person named once or twice, or first named after the opening paragraphs", () => {
    const body = ["Harbourside won the Lakes Shield final 3-1 against Eastfield on Sunday.", "Captain Ines Varga scored twice, and Varga set up the third. Varga lifted the shield.", "Varga opened the scoring in the 12th minute, firing past Eastfield goalkeeper Tomas Reyna."].join("\n\n");
    expect(promptFor(body, "Tomas Reyna", "Harbourside win the Lakes Shield", "May 5, 2025")).not.toMatch(/_____/);
    expect(promptFor(body, "Ines Varga", "Harbourside win the Lakes Shield", "May 5, 2025")).not.toBe("a side figure");
  });

  it("drops the score at a moment of the match, a role word from the answer, and a cut relative clause", () => {
    const body = "Carrick beat Dunmore 21-17 in the Borders Cup final on Saturday in a tight match that was only settled when Carrick's forwards held Dunmore up on the line in the last minute. Winger Sami Tuilagi scored the decisive try in the 76th minute, and Tuilagi also kicked a penalty. Dunmore's fly-half missed the conversion, leaving the score at 14-10. Tuilagi was named player of the match.";
    expect(promptFor(body, "14-10", "Carrick win the Borders Cup", "June 2, 2025") ?? "").not.toMatch(/_____/);
    const a = analyseArticle(article(body, "Carrick win the Borders Cup", "June 2, 2025"));
    expect(a.ctx.sentences.flatMap((s) => s.entities).some((e) => e.text === "Sami Tuilagi")).toBe(true);
    expect(promptFor(body, "21-17", "Carrick win the Borders Cup", "June 2, 2025")).not.toMatch(/that was only settled\.$/);
  });

  it("writes 'Jeju Island' without 'the', and dates a bare month past a 'since 2022'", () => {
    const island = "Jeju Island will charge visitors a fee from July. The island generated 1,320 tonnes of waste a day in 2024, according to officials.";
    expect(promptFor(island, "1,320 tonnes", "Jeju to charge visitors", "March 5, 2025") ?? "").not.toMatch(/\bThe Jeju Island\b/);
    const since = "Growers say costs have risen sharply since 2022. Valesco Milling offered FJ$85 a tonne on May 20, and the growers refused.";
    expect(promptFor(since, "Valesco Milling", "Cane deal", "June 14, 2025") ?? "").not.toContain("2022");
  });

  it("keeps a year set against an earlier date, and a medial 'according to' with its relative pronoun", () => {
    expect(compressToFit(`Tariffs on steel from Ruritania would rise to 25 percent from January 2025 and to ${SLOT} in 2026`, 14) ?? "").not.toMatch(new RegExp(`${SLOT}$`));
    expect(trimAsides(`The best-known case is the fund Kestrel, from which, according to prosecutors, more than ${SLOT} was taken`)).toBe(`The best-known case is the fund Kestrel, from which more than ${SLOT} was taken`);
  });

  it("does not ask a description whose clause was cut, or 'the finished structure'", () => {
    expect(verdictOf("Giant kelp, a brown seaweed that can grow half a metre a day and reach over 30 metres in length, once covered the coast of Tarvia.", "30 metres")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("The Tarvian exhibition hall opened in 1851. The finished structure was 560 metres long and used almost 300,000 panes of glass.", "300,000 panes")?.verdict ?? "not asked").not.toBe("ok");
  });
});

describe("issue 12, round 11b: what the readers of sets 76-81 rejected, and what round 11 lost there", () => {
  const realisedFor = promptOrReason;

  it("puts a definition only in an explainer's own subject, so an explainer's other figures are still asked", () => {
    const body = "Water is pumped uphill at night and released through turbines by day. One cubic metre of water dropping 100 metres releases about 0.27 kilowatt-hours, roughly enough to boil a kettle three times.";
    expect(realisedFor(body, "0.27 kilowatt-hours", "How pumped storage works: a battery made of water")).toMatch(/_____/);
  });

  it("reads a speaker's whole introduction: an epidemiologist 'who led the research' is the study's own voice", () => {
    const body = "Children who drank filtered water scored higher in reading tests, a two-year trial in Bangladesh found. \u201cWe have known for a long time that arsenic harms learning,\u201d said Dr Rina Hossain, an epidemiologist at the Dhaka Water Centre, who led the research.";
    expect(realisedFor(body, "Rina Hossain", "Filters lift test scores", "May 6, 2025")).toMatch(/^Who said/);
  });

  it("keeps a limit stated after a place, and drops an alternative cut short and 'soon afterwards'", () => {
    expect(verdictOf("Deposit insurance protects savers. Across the European Union, the standard limit is €100,000.", "€100,000")?.verdict).toBe("ok");
    expect(verdictOf("In Britain, the compensation scheme protects up to £85,000 per person at each bank, or £170,000 for a joint account.", "£170,000")?.verdict ?? "not asked").not.toBe("ok");
    expect(verdictOf("Britain covered only £2,000 in full in 2007. Protection was raised soon afterwards, reaching £50,000 in 2008.", "£50,000")?.verdict ?? "not asked").not.toBe("ok");
  });

  it("asks the main clause after a subordinate one, with the date that opened the sentence", () => {
    const body = "On 1 October 1982, after the Free Democrats left their coalition with the Social Democrats, the Bundestag elected Helmut Kohl as chancellor with 256 votes.";
    expect(realisedFor(body, "256 votes", "What is a constructive vote of no confidence?")).toBe("Fill in the blank: On 1 October 1982, the Bundestag elected Helmut Kohl as chancellor with _____ votes.");
  });

  it("writes no chief executive into a firm's name, no 'Yet' into an organisation, and no 'Centre' into a player", () => {
    const firm = "Kitagawa Shuzo Holdings reported a 23 percent rise in operating profit on Tuesday. President Takeshi Kitagawa said exports had grown.";
    expect(realisedFor(firm, "23 percent", "Kitagawa profit rises", "May 14, 2025")).not.toContain("Takeshi");
    const yet = analyseArticle(article("Yet Parliament voted Jenner grants of £10,000 in 1802."));
    expect(yet.ctx.sentences[0]?.entities.some((e) => e.text.startsWith("Yet"))).toBe(false);
    const centre = analyseArticle(article("Centre Felix Mbugua cut through a gap in midfield for a try."));
    expect(centre.ctx.sentences[0]?.entities.find((e) => e.text.includes("Mbugua"))).toMatchObject({ type: "person", text: "Felix Mbugua" });
  });
});

describe("issue 12, round 11c: what the readers of sets 82-87 rejected", () => {
  const realisedFor = promptOrReason;

  it("answers with the name the article uses ('Britain'), accepting the gazetteer's", () => {
    const a = analyseArticle(article("Cholera reached Britain for the first time in 1831."));
    const fact = extractFacts(a).find((f) => f.kind === "entity" && f.entity.text === "Britain");
    expect(fact?.answer.answer).toBe("Britain");
    expect(fact?.answer.accepted).toContain("United Kingdom");
  });

  it("takes the possessed thing, not its possessor, as the antecedent of 'It'", () => {
    const body = "Britain's exit poll, carried out for three broadcasters, is one of the most accurate in the world. It covers roughly 130 polling stations and about 20,000 voters.";
    expect(realisedFor(body, "20,000 voters", "Exit polls and their record", "May 2, 2025") ?? "").not.toMatch(/^Fill in the blank: (?:United Kingdom|Britain) covers/);
  });

  it("drops a relative clause that runs past its first comma, and dates both months of 'between December and February'", () => {
    expect(trimAsides(`${SLOT} passed the Butter Act of 1886, which taxed margarine and required makers, wholesalers and retailers to buy licences`)).toBe(`${SLOT} passed the Butter Act of 1886`);
    const body = "The study, published on Monday, tracked 48 crabs. Between December and February, 15 of the 21 tagged females walked to the shore, travelling up to 2.6 kilometres in a single trip.";
    expect(realisedFor(body, "2.6 kilometres", "Crabs on the move", "September 9, 2025") ?? "").not.toContain("Between December and February 2025");
  });

  it("does not ask a score cut to one set, a coach's comment, a rate's denominator or a count from a study's method", () => {
    const tennis = "Luka Perović won the Stockholm Open on Sunday, beating France's Arthur Delmas 6-7 (4), 6-4, 7-6 (5) in a final that lasted two hours and 41 minutes in front of a full house.";
    expect(realisedFor(tennis, "Arthur Delmas", "Perović wins in Stockholm", "October 20, 2025") ?? "").not.toMatch(/6-7\.$/);
    const coach = "Luka Perović won the Stockholm Open on Sunday. His coach, Dragan Milić, said the player had changed his approach. \u201cWe decided that he must stop defending from three metres behind the line,\u201d Milić said.";
    const a = analyseArticle(article(coach, "Perović wins in Stockholm", "October 20, 2025"));
    const quote = extractFacts(a).find((f) => f.kind === "quote");
    expect(quote && realiseQuestion(a, quote)).toMatchObject({ rejected: "a coach's comment" });
    expect(verdictOf("Houses served by the Southwark Company suffered 315 cholera deaths per 10,000 houses in 1854.", "10,000 houses")?.verdict).toBe("the denominator of a rate");
    expect(verdictOf("In 2024, researchers from the Monastir institute placed temperature loggers in 86 nests on the Kuriat islands.", "86 nests")?.verdict).toBe("a detail of the method");
  });

  it("dates a result 'for the year to 30 June' without a year by the report", () => {
    const body = "Coral Coast Macadamias, the Bundaberg-based nut processor, swung back to a profit in the year to 30 June. The company reported a net profit after tax of A$9.7 million.";
    expect(realisedFor(body, "A$9.7 million", "Coral Coast returns to profit", "August 27, 2025")).toBe("Fill in the blank: In the year to June 2025, Coral Coast Macadamias reported a net profit after tax of _____.");
  });
});

describe("issue 12, round 11d: what the readers of sets 88-93 rejected", () => {
  const realisedFor = (body: string, answer: string, title?: string, date?: string) => {
    const r = realisedAnswer(body, answer, title, date);
    return r && "prompt" in r ? r : r?.rejected;
  };

  it("dates 'the July to September period' by the report, not by a year inside a 'since' clause", () => {
    const body = "Daeyang Foods reported a fall in annual profit on Wednesday. Daeyang recorded an operating loss of 2.1 billion won in the July to September period, its first quarterly loss since it listed on the KOSDAQ market in 2016.";
    const r = realisedFor(body, "2.1 billion won", "Daeyang profit falls", "March 13, 2025");
    expect(typeof r === "object" ? r.prompt : r).not.toContain("2016");
  });

  it("does not keep a name alone between commas, or cut between two adjectives", () => {
    // (The held-out articles these came from: the shapes are too long to rebuild in a line.)
    const asked = (file: string) => generateQuestions(ingestArticle(readFileSync(`tests/generator/held-out/${file}`, "utf8")), { mode: "confident" }).map((q) => q.prompt);
    expect(asked("ho88-04-peniche-national-surf-title-final.txt").some((p) => /on Sunday, (?:[A-Z][a-z]+ \d+, \d{4}, )?_____\.$/.test(p))).toBe(false);
    expect(asked("ho91-03-gulf-of-riga-ringed-seal-pups.txt").some((p) => /with small\.$/.test(p))).toBe(false);
  });

  it("calls the city 'New York City', not 'the New York City'", () => {
    const a = analyseArticle(article("New York City grew fast in the 1830s. The city had no clean water, and in the summer of 1832 cholera swept through the city, killing about 3,500 people.", "The Croton Aqueduct"));
    expect(a.anaphors.get("city")).toBe("New York City");
  });

  it("accepts '19.8 billion' beside 'from 15.9 billion', and a two-word surname the article uses", () => {
    const money = realisedFor("Lagune Oléagineux, an Ivorian palm oil refiner, reported higher half-year profit on Tuesday. Operating profit for the first half of 2025 increased to 19.8 billion CFA francs from 15.9 billion.", "19.8 billion CFA francs", "Lagune profit rises", "July 30, 2025");
    expect(typeof money === "object" ? money.answer.accepted : []).toContain("19.8 billion");
    const a = analyseArticle(article("Cocoa midges pollinate more flowers on untidy farms, a study in Cameroon found. \u201cFarmers keep their plots very clean because they were told to,\u201d said Esther Mbarga Nkolo, an entomologist who led the study. Mbarga Nkolo said leaf litter helps the midges breed.", "Midges and cocoa", "May 5, 2025"));
    const quote = extractFacts(a).find((f) => f.kind === "quote");
    const r = quote && realiseQuestion(a, quote);
    expect(r && "answer" in r ? r.answer.accepted : []).toContain("Mbarga Nkolo");
  });
});

describe("issue 12, round 12: a results story's figures are the company's, named as such", () => {
  const lead = "Fundy Gold Seafoods, Canada's largest independent lobster exporter, reported a 43 per cent rise in annual profit on Wednesday.";
  const title = "Fundy Gold profit jumps on Asian lobster demand";

  it("does not ask a share of the figures, or a region's, without naming the company", () => {
    expect(promptOrReason(`${lead} Frozen and processed products sold mainly to the United States made up 44 per cent.`, "44 per cent", title, "March 12, 2025")).toBe("company figure without the company");
    expect(promptOrReason(`${lead} Live lobster shipped to Asia brought in C$212 million of revenue, with Europe adding C$40 million.`, "C$212 million", title, "March 12, 2025")).toBe("company figure without the company");
    // (A list of places is not a firm's name: "mainly Burkina Faso, Mali and Guinea" names no company.)
    expect(promptOrReason(`${lead} Exports to neighbouring countries, mainly Burkina Faso, Mali and Guinea, made up 23% of revenue.`, "23%", title, "March 12, 2025")).not.toMatch(/^Fill in the blank:/);
  });

  it("still asks a market's price, which belongs to no company", () => {
    const p = promptOrReason(`${lead} Wholesale lobster prices in Boston hit a record of US$11.50 a pound in December 2024, traders said.`, "US$11.50", title, "March 12, 2025");
    expect(p).not.toBe("company figure without the company");
  });

  it("reads a dateline set off by a hyphen, a legal form like 'AD' and a result for 'last year'", () => {
    const kampala = analyseArticle(article("KAMPALA - Mpologoma Sugar Industries, one of Uganda's biggest sugar producers, reported a 52 percent rise in annual profit on Thursday, as good rains lifted the cane harvest.", "Mpologoma Sugar profit climbs 52%", "March 13, 2025"));
    expect(kampala.results).toEqual({ company: "Mpologoma Sugar Industries", period: "2024" });
    const sofia = analyseArticle(article("SOFIA - Rozova Dolina AD, Bulgaria's largest listed producer of rose oil, reported a 55 percent rise in net profit for 2024 on Thursday.", "Rozova Dolina profit jumps 55%", "March 27, 2025"));
    expect(sofia.results?.company).toBe("Rozova Dolina");
    const cebu = analyseArticle(article("Sugbo Harvest Foods Corp., the country's biggest maker of dried mangoes, said on Wednesday that its profit fell by nearly a fifth last year as a drought drove up the price of fresh fruit.", "Mango costs squeeze Sugbo Harvest profit", "April 10, 2025"));
    expect(cebu.results).toEqual({ company: "Sugbo Harvest Foods", period: "2024" });
    // "up from last year" compares; it names no period.
    const compared = analyseArticle(article("Tarn Valley Foods, a French cheese maker, said on Monday that its sales were up from last year.", "Tarn Valley sales", "March 3, 2025"));
    expect(compared.results).toBeNull();
    const asked = promptOrReason("KAMPALA - Mpologoma Sugar Industries, one of Uganda's biggest sugar producers, reported a 52 percent rise in annual profit on Thursday, as good rains lifted the cane harvest and sales of electricity to the national grid reached a record.", "52 percent", "Mpologoma Sugar profit climbs 52%", "September 25, 2025");
    expect(asked).toMatch(/^Fill in the blank: Mpologoma Sugar Industries reported a rise of _____ in annual profit/);
  });

  it("does not date a warning by the period reported", () => {
    const body = "Koltram, a Polish maker of trams, reported a 30 percent rise in net profit for 2024 on Tuesday. Koltram cautioned that a crowded production schedule leaves little room for error before a key funding deadline in 2026.";
    expect(promptOrReason(body, "2026", "Koltram profit rises", "March 18, 2025")).not.toMatch(/^Fill in the blank: In 2024, Koltram cautioned/);
  });

  it("does not ask which country an explainer's example is", () => {
    const body = "Time zones began with the railways. Britain adopted a single railway time in 1847. Ireland kept Dublin Mean Time until 1916. France kept Paris-based time until 1911.";
    expect(promptOrReason(body, "France", "How time zones were standardised", "May 4, 2025")).toBe("an explainer's example place or body");
  });

  it("does not ask the figure a change is measured against, or a region of the company's figures either way round", () => {
    const lead = "Meteora Dairy, Greece's second-largest feta maker, reported a 21 per cent rise in net profit for 2024 on Wednesday.";
    const title = "Meteora Dairy profit rises 21%";
    expect(promptOrReason(`${lead} Meteora Dairy's net profit came in at €17.9 million, or €0.81 a share, compared with €14.8 million a year earlier.`, "€14.8 million", title, "March 26, 2025")).toBe("the figure compared against");
    expect(promptOrReason(`${lead} Meteora Dairy's gross margin fell to 31 per cent from 34 per cent.`, "34 per cent", title, "March 26, 2025")).toBe("the figure compared against");
    const segment = `${lead} Sales in Greece rose 4 per cent. Germany was flat at 11.2 million euros, as Meteora Dairy tightened credit terms.`;
    expect(promptOrReason(segment, "11.2 million euros", title, "March 26, 2025")).toBe("company figure without the company");
    expect(promptOrReason(segment, "Germany", title, "March 26, 2025")).not.toMatch(/^Which country/);
  });

  it("does not ask a score during the match", () => {
    const body = "Boyacá won the national tejo final on Sunday, beating Cundinamarca 2-1 in games in Tunja. Cundinamarca had led 24-18 with Boyacá's last thrower to come, and needed only to hold on.";
    expect(promptOrReason(body, "24-18", "Boyacá win tejo final", "June 2, 2025")).toBe("a score during the match");
  });

  it("does not blank what is counted, put 'he' on a card, or frame a definition twice", () => {
    expect(promptOrReason("China's household registration system ties public services to a birthplace. According to the National Bureau of Statistics, there were almost 298 million rural migrant workers in China in 2023.", "298 million rural migrant workers", "How China's hukou system works", "May 5, 2025")).toBe("what is counted is in the blank");
    // (The held-out article this came from: the sentence is too long to rebuild in a line.)
    const asked = (file: string) => generateQuestions(ingestArticle(readFileSync(`tests/generator/held-out/${file}`, "utf8")), { mode: "confident" });
    expect(asked("ho102-05-ulugh-beg-samarkand-observatory.txt").filter((q) => q.kind !== "typed" || !q.prompt.startsWith("Who said")).some((q) => /\b(?:he|she)\b/.test(q.prompt))).toBe(false);
    const explainer = "Allemansrätten is the right of public access in Sweden. Anyone may walk, camp for a night or pick berries on private land. In Finland the tradition is known as jokamiehenoikeus.";
    expect(promptOrReason(explainer, "jokamiehenoikeus", "What is allemansrätten, the right to roam?", "May 5, 2025")).not.toMatch(/In allemansrätten, in Finland/);
  });

  it("answers a speaker by the full name the article introduced, and never by a surname another person shares", () => {
    const firefly = generateQuestions(ingestArticle(readFileSync("tests/generator/held-out/ho103-03-selangor-firefly-light-study.txt", "utf8")), { mode: "confident" });
    const q = firefly.find((x) => x.prompt.startsWith("Who said"));
    expect(q?.answer).toBe("Nurul Aina Rahim");
    expect(q?.acceptedAnswers).toContain("Nurul Aina");
    // (Sher Ali is known as a person only from the held-out article's longer context.)
    const polo = generateQuestions(ingestArticle(readFileSync("tests/generator/held-out/ho100-04-shandur-polo-festival-final.txt", "utf8")), { mode: "confident" });
    expect(polo.filter((x) => x.answer === "Farhad Ali").flatMap((x) => x.acceptedAnswers)).not.toContain("Ali");
  });

  it("does not ask how many plots a study monitored or how many lakes it counted", () => {
    const body = "Fog feeds the succulents of the Knersvlakte, a study found. Dr Thandi Mahlangu's team spent two winters and a summer monitoring 24 plots in the Knersvlakte Nature Reserve. The plants took up 40 per cent of their water from dew.";
    expect(promptOrReason(body, "24 plots", "Dew keeps Knersvlakte succulents alive", "May 5, 2025")).toBe("a detail of the method");
  });

  it("keeps a nationality's capital after the event, and drops 'it' after an opening phrase, a split range and a crowd", () => {
    // (The held-out article it came from: the player is asked only in its longer context.)
    // (Round 18 asks a match report from its lead only, so the rule is checked on what the realiser writes.)
    const cup = realisedHeldOut("ho110-04-estonian-football-cup-final");
    expect(cup.join("\n")).not.toMatch(/\bnigerian\b/);
    expect(cup.some((p) => /Nigerian striker _____/.test(p))).toBe(true);
    const equalization = generateQuestions(ingestArticle(readFileSync("tests/generator/held-out/ho107-06-how-equalization-payments-work.txt", "utf8")), { mode: "confident" });
    expect(equalization.some((q) => /\d[-–]_____/.test(q.prompt))).toBe(false);
    const lithium = "Lithium is the metal in most rechargeable batteries. In Chile it is pumped up as brine. In Australia it is mined from hard rock, usually a mineral called spodumene.";
    expect(promptOrReason(lithium, "spodumene", "How lithium brine evaporation works", "May 5, 2025")).toBe("'it' without a referent");
    const vote = "The Santa Cruz council voted on Tuesday to stop new hotel wells for two years. A four-hour session in the Santa Cruz council chamber was watched by about 150 residents who filled the public gallery. Hotels use 40 per cent of the town's water.";
    expect(promptOrReason(vote, "150 residents", "Santa Cruz halts hotel wells", "May 7, 2025")).toBe("crowd size");
  });
});

describe("issue 12, round 13: below full confidence, only who said what and where someone went", () => {
  const seed = (name: string) => generateQuestions(ingestArticle(readFileSync(`content/articles/${name}.txt`, "utf8")), { mode: "confident" });

  it("drops a lower-scored figure the realiser was not sure of, keeps the headline one", () => {
    // Round 12 also asked "21 locations" (0.893) and the 14.6% fall in coal exports (0.949).
    expect(seed("002_541b207247be09e2").map((q) => q.answer)).toEqual(["90%"]);
  });

  it("keeps a trip's destination told after the lead, and a quote, below full confidence", () => {
    expect(seed("003_dcc6c357ece11aca").map((q) => q.answer)).toEqual(["Incheon"]);
    const kim = seed("000_d40e3ee82c1f276b");
    expect(byAnswer(kim, "Vietnam and Laos")?.prompt).toMatch(/visited _____/);
    // "sent a 50 person delegation to _____" is not a trip of the actor's own (0.95 in round 12).
    expect(byAnswer(kim, "China")).toBeUndefined();
    expect(seed("001_b9ce0f5892854f0c").map((q) => q.family)).toContain("quote");
  });

  it("every question below full confidence is a quote or a visit's destination", () => {
    for (const file of ["000_d40e3ee82c1f276b", "001_b9ce0f5892854f0c", "002_541b207247be09e2", "003_dcc6c357ece11aca", "004_a47baed354956777"]) {
      for (const q of seed(file)) if (q.score < 0.99) expect(q.family === "quote" || /\b(?:visited|visit to|trip to|travell?ed to|toured)\s+_____/.test(q.prompt), q.prompt).toBe(true);
    }
  });
});

describe("issue 12, round 13b: no cut that leaves a list's first item alone", () => {
  it("does not drop the rest of a list begun at the end of the kept clause ('for PC, and had sold')", () => {
    const body = "Kaskada Games said on Tuesday that its revenue tripled last year. Ashen Meridian was released on 14 March 2024 for PC, PlayStation 5 and Xbox Series consoles, and had sold 2.9 million copies by the end of December, the company said.";
    const prompt = promptOrReason(body, "2.9 million copies", "Kaskada Games triples revenue", "March 20, 2025");
    expect(prompt).not.toMatch(/for PC, and/);
    expect(compressToFit(`Ashen Meridian was released on 14 March 2024 for PC, PlayStation 5 and Xbox Series consoles, and had sold ${SLOT} by the end of December`, 23)).toBeNull();
  });
});

describe("issue 12, round 13c: after a match, what players say is colour", () => {
  const match = [
    "ANTANANARIVO — AS Boulistes Toamasina won the Madagascar national triples pétanque championship on Sunday, beating the defending champions Club Bouliste Analamanga 13-11 in front of a packed crowd at the Mahamasina boulodrome.",
    "The decisive moment came in the 15th end, when Toamasina's shooter Tojo Randrianarivelo struck the nearest opposing boule cleanly.",
    "Analamanga had led 9-4 after ten ends and looked set to retain the title.",
    "“We had the match in our hands for a long time,” said Analamanga's captain Mamy Razafindrakoto, who has won the title four times.",
    "Razafindrakoto said his team would return next year. Toamasina last won the championship in 2011.",
  ].join("\n\n");
  it("does not ask who said a player's remark in a match report", () => {
    const a = analyseArticle(article(match, "Toamasina trio snatch national pétanque title", "October 13, 2025"));
    expect(a.sport).toBe(true);
    expect(generateQuestions(article(match, "Toamasina trio snatch national pétanque title", "October 13, 2025"), { mode: "confident" }).filter((q) => q.family === "quote")).toEqual([]);
  });
  it("still asks who said a main actor's words in a news report, and a vote's tally is not a match", () => {
    const vote = [
      "ANTANANARIVO — Madagascar's senate voted 41-12 on Tuesday to cap the price of rice at 2,800 ariary a kilo for six months, after a poor harvest in the Alaotra basin.",
      "The cap was proposed by agriculture minister Harifidy Ramilison, who said millers had doubled their margins since March.",
      "“We had the market in our hands for a long time, and we let the millers take it,” said Ramilison, speaking after the vote.",
      "Ramilison said the cap would be reviewed in May.",
    ].join("\n\n");
    expect(analyseArticle(article(vote, "Madagascar senate caps rice price", "October 14, 2025")).sport).toBe(false);
    expect(generateQuestions(article(vote, "Madagascar senate caps rice price", "October 14, 2025"), { mode: "confident" }).filter((q) => q.family === "quote").map((q) => q.answer)).toEqual(["Harifidy Ramilison"]);
  });
});

describe("issue 12, round 13d: one fact, one question, however precisely it is restated", () => {
  it("asks a headline 'near 40 percent rise' once, not again as 'up 39.7 percent'", () => {
    const qs = generateQuestions(ingestArticle(readFileSync("tests/generator/held-out/ho112-02-mongolian-cashmere-spinner-results.txt", "utf8")), { mode: "confident" });
    // (Its revenue in tögrög is another line of the accounts, asked since round 15 reads the currency.)
    expect(qs.map((q) => q.answer)).toContain("40 percent");
    expect(qs.filter((q) => q.family === "percent").map((q) => q.answer)).toEqual(["40 percent"]);
  });
});

describe("issue 12, round 13e: a results table's lower lines are not asked", () => {
  it("does not ask a lower placing's tally, one party's seats after the lead, or a figure used as a label", () => {
    const race = "Rancho Alegre of Jalisco won the national charrería championship on Sunday in Zacatecas with 412 points. The host team Hacienda Los Altos were second on 398. Hacienda El Refugio of Zacatecas were third with 376 points.";
    expect(promptOrReason(race, "376 points", "Rancho Alegre win charrería title", "October 6, 2025")).toBe("a lower placing's tally");
    const vote = "Voters in the Sámi parliament election on Monday returned the Norwegian Sámi Association as the largest party. The association won 16 of the 39 seats. The Labour Party took 9 seats, down two.";
    expect(promptOrReason(vote, "9 seats", "Sámi Association keeps its lead", "September 10, 2025")).toBe("one party's seats");
    const port = "The Għajnsielem Local Council on Tuesday approved a motion backing the €68 million ferry terminal project by four votes to two. The terminal would replace the 1960s quay at Mġarr.";
    expect(promptOrReason(port, "€68 million", "Gozo council backs ferry terminal", "May 13, 2025")).toBe("a figure used as a label");
  });
});

describe("issue 12, round 13f: a flow over a period is asked with its period", () => {
  it("does not ask how much was exported, bought or harvested without saying when", () => {
    const berries = "Agrícola Costa Dorada, Peru's largest blueberry grower, said on Monday that its profit doubled. Costa Dorada exported 61,300 metric tons of blueberries, mostly to the United States and China.";
    expect(promptOrReason(berries, "61,300 metric tons", "Costa Dorada profit doubles", "February 10, 2025")).toBe("a period's figure without its period");
    const dated = "Agrícola Costa Dorada, Peru's largest blueberry grower, said on Monday that its profit doubled. In 2024 Costa Dorada exported 61,300 metric tons of blueberries, mostly to the United States and China.";
    expect(promptOrReason(dated, "61,300 metric tons", "Costa Dorada profit doubles", "February 10, 2025")).toMatch(/2024/);
  });
});

describe("issue 12, round 13g: from the read of sets 118-123", () => {
  it("does not ask 'both properties' or 'Companies will…' without naming them", () => {
    const ford = "Henry Ford bought two estates in the Amazon to grow rubber for his cars. He named the first Fordlândia and the second Belterra. In 1945 Henry Ford II sold both properties to the Brazilian government for about 244,200 dollars.";
    expect(promptOrReason(ford, "244,200 dollars", "Fordlândia, Henry Ford's Amazon town", "May 2, 2024")).toBe("'both …' without the two named");
    const slash = "GISBORNE — The Gisborne District Council voted on Thursday to tighten the rules for plantation forestry on steep land. Companies will have to pay a bond of $3,000 a hectare, which the council can use to clean up debris.";
    expect(promptOrReason(slash, "$3,000", "Gisborne tightens forestry rules", "May 9, 2025")).toBe("bare plural as the subject");
  });

  it("does not cut between two adjectives after 'a' ('have blamed a pale.'), but does cut after a rate ('a year,')", () => {
    expect(compressToFit(`For more than a decade, rice farmers in the mountains of Ifugao in the northern ${SLOT} have blamed a pale, pencil-thick earthworm for the collapse of terrace walls and the loss of irrigation water`, 23)).toBeNull();
    expect(compressToFit(`The land around the Sidoarjo mud volcano in East Java is still sinking by as much as ${SLOT} a year, almost 19 years after hot mud first burst from the ground in the rice fields of Porong`, 23)).toBe(`The land around the Sidoarjo mud volcano in East Java is still sinking by as much as ${SLOT} a year`);
  });
});

describe("issue 12, round 13h: an accepted answer never names a currency the answer does not", () => {
  it("accepts no US$ for a bare $, no £ or GBP for bare pounds, and the bare $ for a local dollar", () => {
    expect(acceptedAnswersFor("$412.6 million", "money")).not.toContain("US$412.6m");
    expect(acceptedAnswersFor("$412.6 million", "money")).toEqual(expect.arrayContaining(["$412.6m", "412.6 million dollars"]));
    expect(acceptedAnswersFor("US$190 million", "money")).toEqual(expect.arrayContaining(["US$190m", "$190m"]));
    const egypt = acceptedAnswersFor("6.84 billion pounds", "money");
    expect(egypt.filter((a) => /£|GBP/.test(a))).toEqual([]);
    expect(acceptedAnswersFor("£1.4 million", "money")).toEqual(expect.arrayContaining(["£1.4m", "GBP 1.4 million"]));
    expect(acceptedAnswersFor("C$21.3 million", "money")).toEqual(expect.arrayContaining(["$21.3 million", "21.3 million Canadian dollars"]));
  });
});

describe("issue 12, round 13i: a results story's asides, an unnamed newspaper", () => {
  it("does not ask who said a finance director's aside, nor a figure 'polled by the newspaper'", () => {
    const wascana = [
      "REGINA — Wascana Pulse Processors said on Thursday that its net income rose 43 per cent in 2024 to C$21.3 million, as lentil exports to India recovered.",
      "Revenue climbed 12 per cent to C$512 million, the company said.",
      "India removed its duty on Canadian lentils in 2023, and buyers there took more than half of the company's red lentils last year.",
      "The company processes lentils, peas and chickpeas at two plants in southern Saskatchewan.",
      "Its shares, listed in Toronto, have risen by a fifth since January.",
      "The board raised the annual dividend to 24 cents a share.",
      "Rail stoppages in August held up shipments for weeks, and Wascana Pulse Processors' chief financial officer Amrit Sandhu said the company had paid for extra storage.",
      "“We had product sitting in Regina with nowhere to go for the better part of two weeks,” Sandhu said.",
    ].join("\n\n");
    const qs = generateQuestions(article(wascana, "Wascana Pulse profit jumps 43% as lentil exports recover", "March 6, 2025"), { mode: "confident" });
    expect(qs.filter((q) => q.family === "quote")).toEqual([]);
    const hotpot = "CHONGQING — Shuxiang Hotpot Group said on Tuesday that its revenue rose 9.3 per cent in 2024. Shuxiang Hotpot Group's revenue beat the 6.78 billion yuan forecast of analysts polled by the newspaper.";
    expect(promptOrReason(hotpot, "6.78 billion yuan", "Shuxiang Hotpot revenue rises", "March 26, 2025")).toBe("unnamed 'the …'");
  });
});

describe("issue 12, round 13j: 'recent' is recent to the article, not to the card", () => {
  it("does not ask about 'recent heavy floods' or 'its most recent financial year' without a date", () => {
    const kim = generateQuestions(ingestArticle(readFileSync("content/articles/000_d40e3ee82c1f276b.txt", "utf8")), { mode: "confident" });
    expect(kim.some((q) => /\brecent\b/.test(q.prompt))).toBe(false);
    const pallas = "Pallas, the world's largest maker of lift trucks, said on Monday that it would cut 2,000 jobs. Pallas reported global revenue of $61 billion in its most recent financial year.";
    expect(promptOrReason(pallas, "$61 billion", "Pallas to cut 2,000 jobs", "June 2, 2025")).toBe("'recent' without a date");
  });
});

/** The confident questions of one held-out article (tests/generator/held-out/NAME.txt). */
function confidentHeldOut(name: string) {
  return generateQuestions(ingestArticle(readFileSync(`tests/generator/held-out/${name}.txt`, "utf8")), { mode: "confident" });
}

/** Every prompt the realiser writes for one held-out article, before ranking chooses the deck (rules of the realise stage). */
function realisedHeldOut(name: string): string[] {
  const a = analyseArticle(ingestArticle(readFileSync(`tests/generator/held-out/${name}.txt`, "utf8")));
  return extractFacts(a).flatMap((f) => {
    const r = realiseQuestion(a, f);
    return "rejected" in r ? [] : [r.prompt];
  });
}

describe("issue 12, round 14: from the read of sets 130-135", () => {
  const heldOut = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("drops what both readers rejected there: 'therefore', cut participles and lists, 'The victory', a remark about 'he'", () => {
    expect(heldOut("ho131-06-how-spains-el-gordo-lottery-works").filter((p) => /\btherefore\b/.test(p))).toEqual([]);
    expect(heldOut("ho134-01-ilemela-fish-market-relocation-vote").filter((p) => /^Fill in the blank: Against\b/.test(p))).toEqual([]);
    expect(heldOut("ho134-05-axum-obelisk-return")).toEqual([]);
    expect(heldOut("ho135-04-bernese-schwingfest-schlussgang")).toEqual([]);
  });

  it("does not ask a change that the prompt's own two figures give, but still asks a margin", () => {
    const tea = "Karanga Estates said on Monday that its net profit rose 40 per cent in 2024. Karanga Estates' tea output reached 12,400 tonnes in 2024, up 8.8 per cent from 11,400 tonnes.";
    expect(promptOrReason(tea, "8.8 per cent", "Karanga Estates profit jumps", "March 3, 2025")).toBe("a change the prompt's figures give");
    expect(heldOut("ho134-02-tanga-sisal-producer-results").filter((p) => /up _____ from 19,800 tonnes/.test(p))).toEqual([]);
    const margin = "Khovd Wool said on Monday that its operating profit fell to 48.3 billion tugrik from 52.4 billion tugrik in 2024, cutting its operating margin to 11.7 per cent from 13.9 per cent.";
    expect(promptOrReason(margin, "11.7 per cent", "Khovd Wool margin shrinks", "March 3, 2025")).not.toBe("a change the prompt's figures give");
  });

  it("does not open on an event named in an earlier sentence, nor ask the country a place stands in", () => {
    const wrestling = "Lars Zürcher won the final bout of the Alpine festival at Thun on Sunday. The victory, worth the maximum 10 points, took Zürcher to a total of 58.75 points from six bouts.";
    expect(promptOrReason(wrestling, "58.75 points", "Zürcher wins at Thun", "July 7, 2024")).toBe("unnamed 'the …'");
    const survey = "By May 2025, a network of amateur astronomers strung across northern Chile had discovered a small moon orbiting an asteroid.";
    expect(promptOrReason(survey, "Chile", "Amateur astronomers find a moon", "May 20, 2025")).toBe("a place that is only the setting");
  });

  it("does not ask who said a remark about someone the card does not name", () => {
    const bowls = [
      "Donal Fahy won the All-Ireland road bowling final at Ballincurrig on Sunday, beating Ciarán Keenan by a bowl.",
      "Fahy took the lead at the last corner with a throw of 260 metres.",
      "“Fair play to Donal, he threw the better bowl when it mattered and I have no complaints about the result today,” said Keenan.",
    ].join("\n\n");
    const qs = generateQuestions(article(bowls, "Fahy wins All-Ireland road bowling final", "August 12, 2024"), { mode: "confident" });
    expect(qs.filter((q) => q.family === "quote").map((q) => q.prompt)).toEqual([]);
    expect(heldOut("ho128-04-all-ireland-road-bowling-final").filter((p) => /^Who said/.test(p))).toEqual([]);
  });

  it("accepts the bare figure when the prompt compares with one written without its currency", () => {
    const body = [
      "Karanga Estates, Tanzania's largest listed tea grower, said on Monday that its net profit rose 40 per cent in 2024.",
      "Karanga Estates' net profit for the year to 31 December 2024 rose to 8.7 billion shillings from 6.2 billion a year earlier, the company said in a filing.",
    ].join("\n\n");
    const q = generateQuestions(article(body, "Karanga Estates profit rises", "March 3, 2025"), { mode: "confident" }).find((x) => x.answer === "8.7 billion shillings");
    expect(q?.prompt).toMatch(/rose to _____ from 6\.2 billion a year earlier/);
    expect(q?.acceptedAnswers).toContain("8.7 billion");
  });
});

describe("issue 12, round 14b: from the fresh read of sets 136-141", () => {
  const confident = confidentHeldOut;

  it("does not cut inside a list or between two adjectives after 'the', and keeps an appositive's cut", () => {
    expect(confident("ho138-02-peruvian-microlender-annual-results").filter((q) => /market traders\.$/.test(q.prompt))).toEqual([]);
    expect(confident("ho141-01-irbid-olive-mill-wastewater-fines").filter((q) => /of the dark\.$/.test(q.prompt))).toEqual([]);
    const pelota = "BILBAO — Iker Etxeberria claimed the most prized title in hand pelota on Sunday, beating Julen Arrieta 22-15 in the final of the Manomanista Championship at the Bizkaia fronton to win the txapela, the black Basque beret given to every champion, for the first time in his career.";
    // (Round 16: a final's result is written from who beat whom, which leaves no aside to cut.)
    expect(promptOrReason(pelota, "22-15", "Etxeberria wins the Manomanista", "June 9, 2025")).toBe("Fill in the blank: Iker Etxeberria beat Julen Arrieta _____ in the final of the Manomanista Championship on Sunday, June 8, 2025.");
  });

  it("does not ask one player's tally, a part of town the card never names, or the headline's own year", () => {
    expect(confident("ho138-04-lima-womens-volleyball-final").filter((q) => /\bled Olimpia with _____/.test(q.prompt))).toEqual([]);
    expect(confident("ho139-04-ibl-basketball-finals-game-three").filter((q) => /points/.test(q.answer))).toEqual([]);
    expect(confident("ho140-01-lunenburg-short-term-rental-bylaw").filter((q) => /the Old Town/.test(q.prompt))).toEqual([]);
    expect(confident("ho140-05-regina-cyclone-1912").filter((q) => q.answer === "1912")).toEqual([]);
    // A sheepdog trial's winning score is the result, not a box score.
    const trial = "Aled Pryce won the World Sheepdog Trials on Sunday. Aled Pryce scored 196 points out of a possible 220 in the final at Glanrhyd Farm near Llandovery.";
    expect(promptOrReason(trial, "196 points", "Pryce wins world sheepdog title", "September 8, 2024")).not.toBe("one player's tally");
  });

  it("accepts the short forms of a name the article itself uses, and a currency's last word", () => {
    const byAnswer = (name: string, answer: string) => confident(name).find((q) => q.answer === answer);
    expect(byAnswer("ho139-03-malayan-tapir-seed-dispersal-study", "Nurul Ain Rosli")?.acceptedAnswers).toEqual(expect.arrayContaining(["Rosli", "Nurul Ain"]));
    expect(byAnswer("ho139-01-hoi-an-lantern-boat-cap", "Nguyen Van Thanh")?.acceptedAnswers).toContain("Mr Thanh");
    expect(byAnswer("ho136-06-how-cocoa-farmgate-prices-are-set", "1,000 CFA francs")?.acceptedAnswers).toContain("1,000 francs");
    // A given name alone is how a team-mate speaks of a player, not the article's name for him.
    const almgren = byAnswer("ho19-04-bandy-final", "Viktor Almgren");
    expect(almgren?.acceptedAnswers).toContain("Almgren");
    expect(almgren?.acceptedAnswers).not.toContain("Viktor");
  });
});

describe("issue 12, round 15: from the fresh read of sets 142-147", () => {
  const confident = confidentHeldOut;

  it("names a councillor's quote by the full name ('Cr Ramirez' is Tony Ramirez) and spells 'handle' whole", () => {
    const q = confident("ho144-01-broome-turtle-beach-ramp-vote").find((x) => /Driving onto Cable Beach/.test(x.prompt));
    expect(q?.answer).toBe("Tony Ramirez");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["Cr Ramirez", "Ramirez"]));
    expect(confident("ho145-02-khorgos-rail-logistics-annual-results").filter((x) => /\bhandl\b/.test(x.prompt))).toEqual([]);
  });

  it("keeps what a 'first' was first in, shortened, rather than 'won the first major trophy' alone", () => {
    const cup = confident("ho147-04-gampola-tuskers-fa-cup-final").find((x) => x.answer === "3-2");
    // (Round 16: the result is now asked as who beat whom in which final; the 'first' is no longer on the card.)
    expect(cup?.prompt).toBe("Fill in the blank: Gampola Tuskers beat Kotahena Eagles _____ in the FA Cup final on Sunday, December 15, 2024.");
  });

  it("does not ask who said a remark with three or fewer words that carry meaning", () => {
    expect(weakQuote("Who said: “We have one more thing to do tonight”?")).toBe("a quote with little to remember");
    expect(weakQuote("Who said: “We had the match in our hands for a long time”?")).toBe("a quote with little to remember");
    expect(weakQuote("Who said: “Some of us make K40 or K50 on a good day, and we still have to pay for transport”?")).toBeNull();
    expect(confident("ho146-04-faro-womens-basketball-title-decider").filter((x) => x.family === "quote")).toEqual([]);
  });

  it("does not ask a figure of 'the last season', and accepts '12 per cent' for '12.0 per cent'", () => {
    expect(confident("ho147-01-mirissa-whale-watching-boat-cap").filter((x) => /last season/.test(x.prompt))).toEqual([]);
    expect(acceptedAnswersFor("12.0 per cent", "percent")).toEqual(expect.arrayContaining(["12 per cent", "12%", "12.0%"]));
  });

  it("reads a sum in any currency: kroner, tenge, TSh, rupees in crore", () => {
    const money = (s: string) => findEntities(s).filter((e) => e.type === "money").map((e) => e.text);
    expect(money("The company made a net profit of 52 million kroner in 2023, down from 119 million Norwegian kroner.")).toEqual(["52 million kroner", "119 million Norwegian kroner"]);
    expect(money("Revenue climbed 12 per cent to TSh 248.3 billion from TSh 221.6 billion.")).toEqual(["TSh 248.3 billion", "TSh 221.6 billion"]);
    expect(money("Revenue rose to Rs 2,146 crore and 1.2 billion tenge.")).toEqual(["Rs 2,146 crore", "1.2 billion tenge"]);
    // The results story's profit is asked in its own currency, where before it was no figure at all.
    expect(confident("ho142-02-kristiansund-clipfish-exporter-results").map((x) => x.answer)).toContain("52 million kroner");
  });

  it("does not ask earnings per share, a sum as a label after 'a(n)', the second of a pair, or 'how much of costs'", () => {
    const results = "Sharqiya Seafood Company said on Tuesday that its net profit rose 44 per cent in 2023. Revenue rose 12 per cent to 48.6 million rials, while earnings per share climbed to 19.5 baizas from 13.5 baizas.";
    expect(promptOrReason(results, "19.5 baizas", "Sharqiya profit jumps", "February 13, 2024")).toBe("earnings per share");
    // ("per share" is not the day's share price: the revenue before it is asked.)
    expect(promptOrReason(results, "48.6 million rials", "Sharqiya profit jumps", "February 13, 2024")).not.toBe("share price");
    const plant = "Drewnex Meble said on 14 November 2024 that it would go ahead with an 85 million zloty investment in automated lines at Swarzędz.";
    expect(promptOrReason(plant, "85 million zloty", "Drewnex invests", "November 14, 2024")).toBe("a figure used as a label");
    const tariff = "Himali Urja is paid NPR 8.40 per unit in the dry months from mid-December 2023 to mid-April 2024 and NPR 4.80 in the wet months.";
    expect(promptOrReason(tariff, "NPR 4.80", "Himali Urja results", "August 1, 2024")).toBe("the second of a pair");
    const qs = generateQuestions(ingestArticle(readFileSync("tests/generator/held-out/ho108-02-qassim-date-packer-results.txt", "utf8")), { mode: "confident" });
    expect(qs.filter((x) => /how much of costs/.test(x.prompt))).toEqual([]);
  });

  it("asks one line of the accounts once: a profit's rise or its amount, not both", () => {
    expect(confident("ho143-02-mwanza-nile-perch-processor-results").filter((x) => /net profit/.test(x.prompt))).toHaveLength(1);
    const body = [
      "Karanga Estates, Tanzania's largest listed tea grower, said on Monday that its net profit rose 40 per cent in 2024.",
      "Karanga Estates' net profit for the year to 31 December 2024 rose to $8.7 million from $6.2 million a year earlier.",
    ].join("\n\n");
    const qs = generateQuestions(article(body, "Karanga Estates profit rises", "March 3, 2025"), { mode: "confident" });
    expect(qs.filter((x) => /net profit/.test(x.prompt))).toHaveLength(1);
  });
});

describe("issue 12, round 15b: from the fresh read of sets 148-153", () => {
  const confident = confidentHeldOut;

  it("does not hand over an answer that the change and the old figure give by arithmetic", () => {
    const uxmal = confident("ho150-02-yucatan-pork-producer-annual-results").find((x) => x.answer === "21.4 billion pesos");
    expect(uxmal?.prompt).toBe("Fill in the blank: In 2024, Grupo Alimentario Uxmal's revenue grew 9.6 percent to _____.");
    expect(confident("ho148-02-chile-cherry-exporter-results").filter((x) => /per cent to _____, from/.test(x.prompt))).toEqual([]);
  });

  it("never asks 'which organisation', nor a blank inside an aside about someone", () => {
    expect(confident("ho150-04-atletico-izamal-promotion-final-win").filter((x) => /which organisation/i.test(x.prompt))).toEqual([]);
    expect(confident("ho148-04-valdivia-lnb-basketball-final-game-five").filter((x) => /who had won the opening game/.test(x.prompt))).toEqual([]);
  });

  it("does not ask a series' game score with the game cut away", () => {
    expect(confident("ho148-04-valdivia-lnb-basketball-final-game-five").filter((x) => x.answer === "81-76")).toEqual([]);
  });

  it("does not keep a list's tail after a relative clause, nor a reported clause that lost its verb", () => {
    const margin = confident("ho151-02-hebridean-tweed-mill-annual-results").find((x) => x.answer === "9.8 per cent");
    expect(margin?.prompt).toBe("Fill in the blank: In the year to March 2025, Laxdale Textiles' operating margin widened to _____ from 7.4 per cent.");
    expect(confident("ho151-01-orkney-inter-island-fare-rise-vote").filter((x) => /Orkney Ferries, (?:against|now)/.test(x.prompt))).toEqual([]);
  });

  it("asks a length as a fill-in, never 'how many metres … within of'", () => {
    const ban = confident("ho152-01-hawassa-lakeshore-building-ban-vote").find((x) => x.answer === "100 metres");
    expect(ban?.prompt).toBe("Fill in the blank: Hawassa's city council voted to ban new permanent construction within _____ of the shoreline of Lake Hawassa.");
    expect(confident("ho153-04-barotac-nuevo-regional-football-final").filter((x) => /how many meters/i.test(x.prompt))).toEqual([]);
  });

  it("offers figures as precise as the answer: no '1.27' among '1.6 / 1.8 / 5.8'", () => {
    const q = confident("ho150-02-yucatan-pork-producer-annual-results").find((x) => x.answer === "1.27 billion pesos");
    expect(q?.choices).toHaveLength(4);
    for (const c of q?.choices ?? []) expect(c).toMatch(/^\d+\.\d\d billion pesos$/);
  });
});

describe("issue 12, round 15c: from the fresh read of sets 154-159", () => {
  const confident = confidentHeldOut;

  it("dates a results figure whose only year was in the comparison it lost, and a quarter named by its months", () => {
    expect(confident("ho154-02-faroese-pelagic-processor-results").map((x) => x.prompt)).toContain("Fill in the blank: In 2024, Sildaberg's revenue fell 9 per cent to _____.");
    expect(confident("ho158-02-vrancea-winemaker-annual-results").map((x) => x.prompt)).toContain("Fill in the blank: In 2024, Crama Șușița's revenue rose 7.9 per cent to _____.");
    const a = analyseArticle(ingestArticle(readFileSync("tests/generator/held-out/ho159-02-naches-river-hop-annual-results.txt", "utf8")));
    const quarter = extractFacts(a).map((f) => realiseQuestion(a, f)).find((r) => r.fact.answer.answer === "$71.3 million");
    // (Round 16: dated or not, one quarter inside the year reported is a side figure; both readers of set 159 said so.)
    expect(quarter && "prompt" in quarter ? quarter.prompt : quarter?.rejected).toBe("a quarter inside the year reported");
  });

  it("does not ask a figure inside a closing 'who' clause", () => {
    expect(confident("ho157-04-kushtia-club-wins-promotion-decider").filter((x) => /who had already sealed the title/.test(x.prompt))).toEqual([]);
  });
});

describe("issue 12, round 15d: from the fresh read of sets 160-165", () => {
  const confident = confidentHeldOut;

  it("keeps a place's capital before '-based', and never asks 'The EBITDA margin' without its company", () => {
    const prompts = confident("ho162-02-mackay-mining-services-profit-rise").map((x) => x.prompt);
    expect(prompts.filter((p) => /\bmackay-based\b/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /The EBITDA margin/.test(p))).toEqual([]);
  });

  it("accepts a coded sum in its other written forms: ₹ and Rs and rupees, TSh and shillings", () => {
    expect(acceptedAnswersFor("Rs 104.3 crore", "money")).toEqual(expect.arrayContaining(["104.3 crore rupees"]));
    expect(acceptedAnswersFor("₹104.3 crore", "money")).toEqual(expect.arrayContaining(["Rs 104.3 crore", "104.3 crore rupees"]));
    expect(acceptedAnswersFor("TSh 248.3 billion", "money")).toEqual(expect.arrayContaining(["248.3 billion shillings", "TZS 248.3 billion"]));
    // A sign two currencies share gives no other form.
    expect(acceptedAnswersFor("¥412 billion", "money").filter((v) => /yen|yuan/.test(v))).toEqual([]);
  });

  it("does not ask 'how much … stand at a record', the figure's modifier left behind", () => {
    const body = "Koltram said on Monday that its net profit rose 31 per cent in 2024. Koltram's order backlog stood at a record 11.6 billion zlotys at the end of December 2024.";
    expect(promptOrReason(body, "11.6 billion zlotys", "Koltram profit rises", "March 3, 2025")).not.toMatch(/at a record at\b/);
  });
});

describe("issue 12, round 15e: from the fresh read of sets 166-171", () => {
  const confident = confidentHeldOut;

  it("asks nothing of a history text (2 of 26 of its questions accepted in the reads of rounds 13-15)", () => {
    expect(confident("ho169-05-fort-zeelandia-siege-1662")).toEqual([]);
    expect(confident("ho149-05-seikan-tunnel-construction-history")).toEqual([]);
    // A results story or a science report of the same sets is no history text.
    expect(confident("ho170-02-holiday-park-operator-annual-results").length).toBeGreaterThan(0);
  });

  it("does not ask an imperative addressed to the reader, 'less often' than what was cut, or a setting after 'in' at the end", () => {
    expect(confident("ho168-06-why-galapagos-waters-run-cold").filter((x) => /Step into/.test(x.prompt))).toEqual([]);
    expect(confident("ho169-03-firefly-tourism-flashlight-study").filter((x) => /less often\.$/.test(x.prompt))).toEqual([]);
    expect(confident("ho168-01-puerto-ayora-hotel-permit-freeze").filter((x) => /rewritten in _____\.$/.test(x.prompt))).toEqual([]);
  });

  it("does not ask a market's figure without the company, or who said an analyst's view ('who follows … for Westgate')", () => {
    expect(confident("ho166-02-tyrnavos-ouzo-distiller-annual-results").filter((x) => /largest foreign market/.test(x.prompt))).toEqual([]);
    expect(confident("ho171-02-saskatoon-air-drill-maker-results").filter((x) => x.answer === "Ravi Dhaliwal")).toEqual([]);
  });

  it("drops the per-share restatement with the comparison that the change gives", () => {
    const q = confident("ho171-02-saskatoon-air-drill-maker-results").find((x) => x.answer === "C$21.3 million");
    expect(q?.prompt).toBe("Fill in the blank: In the year to October 2024, Northstar Seeding Systems' net income dropped 45 per cent to _____.");
  });
});

describe("issue 12, round 15f: from the fresh read of sets 172-177", () => {
  const confident = confidentHeldOut;

  it("does not name 'Mr Lechner' by the one full name the article gives, his wife's ('Christoph and Sabine Lechner')", () => {
    expect(confident("ho173-01-court-silences-church-night-chimes").filter((x) => x.answer === "Sabine Lechner")).toEqual([]);
    // ("Zahid Hossain of Bangladesh and Rajeev Menon": a place before "and" is no second given name.)
    expect(confidentHeldOut("heldout-01-regional-news").map((x) => x.answer)).toContain("Rajeev Menon");
  });

  it("keeps 'earnings before interest, tax, depreciation and amortisation' whole when a cut is made", () => {
    expect(compressToFit(`Revenue increased 7.2 per cent to $86.4 million, and earnings before interest, tax, depreciation and amortisation climbed to ${SLOT} from $12.3 million.`, 12) ?? "").not.toMatch(/^depreciation/);
    expect(confident("ho176-02-abalone-exporter-annual-profit-rises").filter((x) => /, depreciation and amortisation climbed/.test(x.prompt))).toEqual([]);
  });

  it("does not ask the table before the decider, and drops a conversion written in words", () => {
    expect(confident("ho173-04-wipptal-stoppage-time-title-decider").filter((x) => /went into the last round/.test(x.prompt))).toEqual([]);
    const a = analyseArticle(ingestArticle(readFileSync("tests/generator/held-out/ho172-02-niayes-vegetable-exporter-annual-results.txt", "utf8")));
    const r = extractFacts(a).map((f) => realiseQuestion(a, f)).find((x) => x.fact.answer.answer === "48.6 billion francs");
    expect(r && "prompt" in r ? r.prompt : r?.rejected).toBe("Fill in the blank: In 2024, Niayes Agro-Export's revenue rose 12.5 percent to _____.");
  });
});

describe("issue 12, round 15g: from the fresh read of sets 178-183", () => {
  const confident = confidentHeldOut;

  it("does not ask who said a party's lawyer ('Its lawyer, Georges Rahmé, said'), 'Both figures', the table before the match, or an unnamed 18-year-old", () => {
    expect(confident("ho183-01-amchit-beach-resort-permit-suspended").filter((x) => x.answer === "Georges Rahmé")).toEqual([]);
    expect(confident("ho179-02-sliedrecht-dredger-annual-results").filter((x) => /Both figures/.test(x.prompt))).toEqual([]);
    const decider = confident("ho181-04-darkhan-steel-league-title-decider").map((x) => x.prompt);
    expect(decider.filter((p) => /went into the match|18-year-old/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 15h: from the fresh read of sets 184-189", () => {
  const confident = confidentHeldOut;

  it("leaves 'its' to the half's own named subject, and does not ask a change that 'a decline of' and two figures give", () => {
    const lead = `Naviera Tebicuary reported on Wednesday that its net profit fell by more than half in 2024 after the ${SLOT} dropped to some of its lowest levels on record, forcing the company to run its barges partly empty`;
    expect(compressToFit(lead, 20)).toBe(`The ${SLOT} dropped to some of its lowest levels on record`);
    expect(confident("ho189-02-paraguay-barge-operator-results").filter((x) => /Naviera Tebicuary's lowest levels|a decline of _____/.test(x.prompt))).toEqual([]);
  });

  it("does not ask a length in a match report", () => {
    expect(confident("ho185-04-walvis-bay-seahawks-rugby-final").filter((x) => /metres/.test(x.answer))).toEqual([]);
  });
});

describe("issue 12, round 15i: from the fresh read of sets 190-195 (the shipped 15h)", () => {
  const confident = confidentHeldOut;

  it("reads a lead dated 'Easter Sunday, 14 April 1895' as history, and a final's 'first title since 1977' still as a report", () => {
    expect(confident("ho193-05-ljubljana-easter-earthquake-1895")).toEqual([]);
    expect(analyseArticle(ingestArticle(readFileSync("tests/generator/held-out/ho32-04-korfball-league-final.txt", "utf8"))).history).toBe(false);
  });

  it("does not ask a figure inside brackets", () => {
    expect(confident("ho194-02-cochabamba-poultry-producer-profit-falls").filter((x) => /exchange rate of _____/.test(x.prompt))).toEqual([]);
  });
});

describe("issue 12, round 16: what the reads of rounds 13-15 still rejected in the shipped 15i", () => {
  const confident = confidentHeldOut;
  const prompts = (name: string) => confident(name).map((q) => q.prompt);

  it("dates a results figure by the period reported, not by a cause in the second half or a year looked ahead to", () => {
    // "helped by … a recovery in export orders in the second half of the year" (set 174); "would squeeze margins in 2025" (set 186).
    expect(prompts("ho174-02-medellin-textile-maker-annual-results")).toContain("Fill in the blank: In 2024, Textiles Aburrá's revenue grew 4.2 per cent to _____.");
    expect(prompts("ho186-02-battambang-rice-miller-annual-results").filter((p) => /\bIn 2025\b/.test(p))).toEqual([]);
    expect(prompts("ho186-02-battambang-rice-miller-annual-results").some((p) => /^Fill in the blank: In 2024, Sangker Rice Industries' revenue/.test(p))).toBe(true);
  });

  it("writes 'has reported' in a results story as the period's report, not 'By August 2024, … had reported'", () => {
    const all = prompts("ho176-02-abalone-exporter-annual-profit-rises");
    expect(all.filter((p) => /\bBy [A-Z][a-z]+ \d{4}\b|\bhad reported\b/.test(p))).toEqual([]);
    expect(all).toContain("Fill in the blank: In the year to June 2024, Southern Reef Abalone reported a rise of _____ in full-year net profit.");
  });

  it("asks the annual revenue beside the lead's profit: the shared period does not make them one card", () => {
    expect(prompts("ho36-02-uruguay-wind-operator-results")).toContain("Fill in the blank: In 2024, Vientos del Este's revenue increased 9% to _____.");
  });

  it("does not ask the standing size of a place, a figure per unit, or one quarter inside the year reported", () => {
    expect(prompts("ho186-06-why-the-tonle-sap-reverses").filter((p) => /river of about _____/.test(p))).toEqual([]);
    expect(prompts("ho178-06-how-mozambique-channel-eddies-work").filter((p) => /is about _____ long/.test(p))).toEqual([]);
    expect(prompts("ho152-01-hawassa-lakeshore-building-ban-vote").filter((p) => /covers roughly _____/.test(p))).toEqual([]);
    // The ban's distance is the decision itself and stays.
    expect(prompts("ho152-01-hawassa-lakeshore-building-ban-vote").some((p) => /within _____ of the shoreline/.test(p))).toBe(true);
    expect(prompts("ho36-02-uruguay-wind-operator-results").filter((p) => /_____ a share/.test(p))).toEqual([]);
    expect(prompts("ho159-02-naches-river-hop-annual-results").filter((p) => /October-to-December/.test(p))).toEqual([]);
    expect(prompts("ho93-02-yunnan-puer-tea-maker-results").filter((p) => /\bthe division\b/.test(p))).toEqual([]);
  });

  it("accepts the headline's rounding of a percentage ('lifts profit 22pc' over a 21.6 per cent rise)", () => {
    const q = confident("ho176-02-abalone-exporter-annual-profit-rises").find((x) => x.answer === "21.6 per cent");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["22%", "22 per cent", "22"]));
  });

  it("names the quarter once and asks a change up to a figure as 'by what percentage'", () => {
    expect(prompts("ho133-02-indiana-pontoon-boat-maker-results")).toContain("In the second quarter of 2024, how many boats did Harbor Bend Marine ship?");
    expect(prompts("ho57-02-scotch-whisky-distiller-results").filter((p) => /^In [^,]+, what percentage/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 16b: a sports report's result, and what the read of sets 196-200 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("reads who beat whom by what score in the shapes a report's lead uses", () => {
    expect(sportResult("Mikkel Holm scored 7 minutes and 42 seconds into the second period of overtime on Wednesday night to give Herning Blue Fox a 3-2 victory over Aalborg Pirates in the final.")).toEqual({ winner: "Herning Blue Fox", loser: "Aalborg Pirates", score: "3-2" });
    expect(sportResult("SUVA, Fiji — Nadroga won the Skipper Cup on Saturday, beating Naitasiri 24-19 in a tense final.")).toEqual({ winner: "Nadroga", loser: "Naitasiri", score: "24-19" });
    expect(sportResult("REGINA — Sophie Lacasse scored 2:41 into sudden-death overtime on Saturday night as Gatineau Éclair came from two goals down to beat the Saskatoon Wildfire 5-4 and win.")).toEqual({ winner: "Gatineau Éclair", loser: "the Saskatoon Wildfire", score: "5-4" });
    expect(sportResult("Hungary won the title on Saturday night, beating the hosts Serbia 15–14.")).toEqual({ winner: "Hungary", loser: "Serbia", score: "15–14" });
    // A scorer, a town's club and a participle are no winning side.
    expect(sportResult("Viktor Almgren, a defender who had not scored all season, struck from the edge of the area to beat Edsbyn 5-4.")).toBeNull();
    expect(sportResult("The Irbid club came from a goal down to beat Al-Faisaly 2-1 at Amman International Stadium.")).toBeNull();
    expect(sportResult("Needing to win on the final day, they came from behind to beat Bububu United 2-1.")).toBeNull();
    expect(sportResult("A substitute volleyed in a winner as Kostas Zisis volleyed in a 93rd-minute winner to beat Iolkos Neas Ionias 3-2.")).toBeNull();
  });

  it("asks the final's result as '<winner> beat <loser> _____ in <the final> on <the day>', ahead of the scorer's card", () => {
    // (Round 17: the seventh and deciding game of a final series is the final's result, and is asked as such.)
    expect(prompts("ho16-04-danish-ice-hockey-final")).toContain("Fill in the blank: Herning Blue Fox beat Aalborg Pirates _____ in the deciding game of the Metal Ligaen final on Wednesday, April 20, 2022.");
    expect(prompts("ho75-04-fiji-skipper-cup-final")).toContain("Fill in the blank: Nadroga beat Naitasiri _____ in the Skipper Cup final on Saturday, September 28, 2024.");
    expect(prompts("ho10-04-netball-grand-final")).toContain("Fill in the blank: The Harbour Hawks beat the Riverside Flames _____ in the Premier Netball League grand final on Sunday, August 10, 2025.");
    expect(prompts("ho130-04-coupe-du-faso-football-final")).toContain("Fill in the blank: Union Sportive de Koudougou beat AS Cheminots de Bobo _____ in the Coupe du Faso on Saturday, August 9, 2025.");
  });

  it("does not ask who said it of a side voice a results story, a match report or a study names after its fourth paragraph", () => {
    expect(prompts("ho200-04-polva-handball-title-decider-game-five").filter((p) => /^Who said/.test(p))).toEqual([]);
    // A lead researcher named early is still asked.
    expect(prompts("ho197-03-eastend-champsosaur-new-species-study").some((p) => /^Who said/.test(p))).toBe(true);
  });

  it("drops a question that lost the figure's complement, a superlative without its noun, and a time cut out of its clause", () => {
    expect(prompts("ho199-01-castro-palafito-zoning-dispute").filter((p) => /voted to place\?$/.test(p))).toEqual([]);
    expect(prompts("ho200-06-how-estonian-ice-roads-work").filter((p) => /\bthe longest,/.test(p))).toEqual([]);
    expect(prompts("ho199-03-los-lagos-giant-kelp-decline-study").filter((p) => /The mid-1980s,/.test(p))).toEqual([]);
  });

  it("names the company and period of a metric with an aside, and of a quarter named by its months", () => {
    expect(prompts("ho196-02-coastal-trust-bank-annual-results")).toContain("Fill in the blank: In 2024, Coastal Trust Bank Ghana's operating income grew _____ to GH¢2.14 billion.");
    expect(prompts("ho198-02-tiruppur-knitwear-exporter-results")).toContain("Fill in the blank: In the July–September quarter of 2025, Noyyal Knit Exports' net profit fell _____.");
  });
});

describe("issue 12, round 16c: what the read of sets 202-206 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("drops a unit split by the blank, a payment for nothing named, a season 'last' under the frame's year and a score with no opponent", () => {
    expect(prompts("ho202-01-mission-beach-cassowary-speed-vote").filter((p) => /_____\/h/.test(p))).toEqual([]);
    expect(prompts("ho204-01-ruhpolding-hiker-parking-charge-vote").filter((p) => /will pay _____\.$/.test(p))).toEqual([]);
    expect(prompts("ho206-02-las-cruces-green-chile-processor-results").filter((p) => /\blast season\b/.test(p))).toEqual([]);
    expect(prompts("ho206-04-pueblo-azteca-state-cup-final").filter((p) => /Azteca won _____/.test(p))).toEqual([]);
  });

  it("does not ask the size of a farm, a segment held flat, or an expert in an explainer headlined after a colon", () => {
    expect(prompts("ho202-02-whitsunday-prawn-farmer-annual-results").filter((p) => /of ponds/.test(p))).toEqual([]);
    expect(prompts("ho206-02-las-cruces-green-chile-processor-results").filter((p) => /^Fill in the blank: Foodservice/.test(p))).toEqual([]);
    expect(prompts("ho204-06-how-alpine-snow-farming-works").filter((p) => /^Who said/.test(p))).toEqual([]);
    // "…: how the Grossglockner highway was built" is a history, not an explainer.
    expect(analyseArticle(ingestArticle(readFileSync("tests/generator/held-out/ho204-05-grossglockner-alpine-road-opening-1935.txt", "utf8"))).explainer).toBe(false);
  });

  it("names the company behind a '-based' description and dates its 'has posted' by the period reported", () => {
    expect(prompts("ho202-02-whitsunday-prawn-farmer-annual-results")).toContain("Fill in the blank: In the year to June 2026, Pioneer Bay Aquaculture posted a rise of _____ in full-year net profit.");
    expect(prompts("ho206-02-las-cruces-green-chile-processor-results").filter((p) => /a diluted share/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 16d: what the read of sets 201 and 207-211 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("does not ask an earlier game of a series, an ordinal whose noun was cut, a city's population or how a study chose its sites", () => {
    expect(prompts("ho201-04-free-blades-asia-league-game-five").filter((p) => /opening game/.test(p))).toEqual([]);
    expect(prompts("ho209-04-truro-bearcats-kent-cup-game-seven").filter((p) => /in the seventh\.$/.test(p))).toEqual([]);
    expect(prompts("ho201-06-how-sapporo-clears-its-snow").filter((p) => /a city of roughly _____/.test(p))).toEqual([]);
    expect(prompts("ho209-03-hemlock-loss-warming-trout-streams-study").filter((p) => /\bselect\b/.test(p))).toEqual([]);
  });

  it("does not leave 'the contract' unnamed", () => {
    expect(prompts("ho210-01-carmelo-swing-bridge-repair-closure").filter((p) => /\bthe contract\b/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 16e: what the read of sets 208 and 212-216 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("drops a noun phrase cut at 'and', a quote that leans on 'the two' or 'up here', and a figure no one owns", () => {
    expect(prompts("ho208-01-lamu-old-town-motorbike-ban").filter((p) => /to build a parking\.$/.test(p))).toEqual([]);
    expect(prompts("ho192-02-sarikei-pepper-processor-results").filter((p) => /steam-sterilisation\?$/.test(p))).toEqual([]);
    expect(weakQuote("Who said: “We cannot yet separate the two completely, and the data do not let us”?")).toBe("a quote that leans on its context");
    expect(prompts("ho214-01-pointe-a-la-hache-ferry-cuts").filter((p) => /up here/.test(p))).toEqual([]);
    expect(prompts("ho215-02-lapland-safari-group-annual-results").filter((p) => /^Fill in the blank: Average occupancy/.test(p))).toEqual([]);
  });

  it("reads a competition named with digits, and dates a results figure whose only year was its comparison's", () => {
    expect(prompts("ho208-04-coast-gymkhana-t20-final-win").filter((p) => /Association T,/.test(p))).toEqual([]);
    expect(prompts("ho214-02-new-iberia-vessel-operator-results")).toContain("Fill in the blank: In the third quarter of 2026, Teche Marine Services' net income climbed to _____ from $12.1 million a year earlier.");
  });
});

describe("issue 12, round 16f: what the read of sets 213 and 217-221 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("does not ask the travelling support, a hearing's attendance, a quarter named in the sentence before, or a voice in an explainer headlined after a question", () => {
    expect(prompts("ho217-04-penybont-win-welsh-cup-extra-time").filter((p) => /supporters|down the A470/.test(p))).toEqual([]);
    expect(prompts("ho220-01-port-hardy-fish-plant-housing-vote").filter((p) => /drew about _____/.test(p))).toEqual([]);
    expect(prompts("ho220-02-floatplane-operator-annual-results").filter((p) => /net loss of C\$1\.2 million/.test(p))).toEqual([]);
    expect(prompts("ho220-06-how-bc-marine-pilotage-works").filter((p) => /^Who said/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 16g: what the read of sets 222-227 (the version 16f) rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("dates a results figure by the period when the resolver took an earlier year the story named, and names a company behind a long description", () => {
    const all = prompts("ho225-02-sunraysia-table-grape-exporter-results");
    expect(all.filter((p) => /\b2019\b|\bhad reported\b|mildura/.test(p))).toEqual([]);
    expect(all).toContain("Fill in the blank: In the year to June 2025, Murray Vale Fresh reported a jump of _____ in annual profit.");
  });

  it("does not blank the whole behind a part, or a count whose noun the next words share", () => {
    expect(prompts("ho225-03-orange-bellied-parrot-migration-study").filter((p) => /Of the _____/.test(p))).toEqual([]);
    expect(prompts("ho226-06-how-budapest-thermal-water-works").filter((p) => /_____ and drilled wells/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 17: what the read of sets 234-241 (the shipped 16g) rejected", () => {
  const questions = (name: string) => confidentHeldOut(name);
  const prompts = (name: string) => questions(name).map((q) => q.prompt);

  it("does not date a share price's move on the day of the report by the period reported", () => {
    expect(prompts("ho234-02-oaxaca-mezcal-distiller-annual-results").filter((p) => /\bshares\b/i.test(p))).toEqual([]);
  });

  it("dates a results figure whose sentence names a record's year after 'since', and a company named by its short form", () => {
    expect(prompts("ho239-02-pasakha-ferro-alloys-annual-results")).toContain("Fill in the blank: In 2024, Norzang Ferro Alloys' sales volume rose 3 per cent to _____, the highest since the plant's third furnace came on line in 2019.");
    // (From the report's fourth paragraph, which round 18 no longer asks: checked on what the realiser writes.)
    expect(realisedHeldOut("ho240-02-unguja-ferry-operator-annual-results")).toContain("Fill in the blank: In the year to June 2025, Bahari Link spent _____ on marine diesel, 11 per cent more than a year earlier.");
  });

  it("drops a cause whose verb went with an aside, instead of ending the card on half of it", () => {
    const all = prompts("ho238-02-vestfjord-havbruk-third-quarter-results");
    expect(all).toContain("Fill in the blank: In the third quarter of 2024, Vestfjord Havbruk's revenue slipped 3 percent to _____.");
    expect(all.filter((p) => /as a harvest/.test(p))).toEqual([]);
  });

  it("keeps the noun of a count on the card and asks for the number", () => {
    const lakes = questions("ho239-06-how-glacial-lake-outburst-floods-work").find((q) => /glacial lakes, of which/.test(q.prompt));
    expect(lakes?.prompt).toBe("Fill in the blank: Bhutan has _____ glacial lakes, of which 17 are classified as potentially dangerous.");
    expect(lakes?.answer).toBe("567");
    expect(lakes?.acceptedAnswers).toContain("567 glacial lakes");
  });

  it("asks no mountain's standing height, no price without what it buys, and drops the comma inside a closing inner quote", () => {
    const study = prompts("ho241-03-hamiguitan-pygmy-forest-phosphorus-study");
    expect(study.filter((p) => /rises to/.test(p))).toEqual([]);
    expect(study.filter((p) => /,'”/.test(p))).toEqual([]);
    expect(study.some((p) => /heavy metals'”\?$/.test(p))).toBe(true);
    expect(prompts("ho234-01-oaxaca-city-water-tanker-price-cap-vote").filter((p) => /at _____\.$/.test(p))).toEqual([]);
  });

  it("asks a final's result when the final was a deciding game, a lower-case competition or a beaten 'two-time' champion", () => {
    expect(prompts("ho234-04-guelatao-community-basketball-final")).toContain("Fill in the blank: Santa María Tlahuitoltepec beat Villa Hidalgo Yalálag _____ in the Benito Juárez state community basketball tournament final on Sunday, March 23, 2025.");
    expect(prompts("ho235-04-glace-bay-miners-game-seven-overtime-cabot-cup")).toContain("Fill in the blank: The Glace Bay Miners beat the Inverness Shamrocks _____ in Game 7 of the Island Senior Hockey League final on Sunday, April 7, 2024.");
    expect(prompts("ho236-04-pravia-turon-promotion-playoff-final")).toContain("Fill in the blank: Deportivo Pravia beat Club Minero de Turón _____ in the final of the Asturian promotion play-off on Sunday, June 18, 2023.");
    expect(prompts("ho241-04-butuan-wins-mindanao-basketball-finals-game-five")).toContain("Fill in the blank: The Butuan Rivermen beat the Zamboanga Vinta Sailors _____ in the deciding game of the Mindanao Super League final on Sunday, December 4, 2022.");
    // A game of a series that did not decide it is still not asked, nor a shoot-out.
    expect(prompts("ho240-04-zanzibar-fa-cup-final-gombani-penalties").filter((p) => /beat/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 17b: what the reads of sets 242-253 rejected, and the leftovers of the last review", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("asks no unnamed 'the decision', and no cut that makes a preposition part of a name", () => {
    expect(prompts("ho243-01-drusenheim-rhine-ferry-service-cuts").filter((p) => /the decision/.test(p))).toEqual([]);
    expect(prompts("ho244-03-klyuchevskoy-deep-earthquakes-warning-study").filter((p) => /^Fill in the blank: Beneath/.test(p))).toEqual([]);
    expect(relativeClauseFact(`Beneath Klyuchevskoy, which stands ${SLOT} high and erupts every year or two, such events cluster at depth.`)).toBeNull();
  });

  it("keeps a participle phrase with the clause it follows, or asks nothing", () => {
    expect(prompts("ho249-02-castanhal-acai-processor-annual-results").filter((p) => /lifting/.test(p))).toEqual([]);
    expect(compressToFit(`Net revenue rose 14 per cent to R$1.12 billion, and earnings before interest, tax, depreciation and amortisation climbed 17 per cent to R$199 million, lifting the Ebitda margin to ${SLOT} from 17.4 per cent.`, 23)).toBeNull();
    // A place or a time between the clause and the phrase is no other clause.
    expect(compressToFit(`Scotland's men won the European Curling Championships in Lohja, Finland, on Saturday night, beating Switzerland ${SLOT} in a tense final that was decided by the very last stone of an extra end.`, 23)).toBe(`Scotland's men won the European Curling Championships in Lohja, beating Switzerland ${SLOT}`);
  });

  it("never accepts a sum in crore without the crore, and accepts the crore without the currency when the card gives none", () => {
    const cards = confidentHeldOut("ho253-02-mewar-cements-annual-results-fy25");
    for (const q of cards) expect(q.acceptedAnswers?.filter((x) => /^\d[\d,.]* rupees$/.test(x)) ?? [], q.prompt).toEqual([]);
    expect(acceptedAnswersFor("842 crore rupees", "money")).toEqual(["Rs 842 crore", "Rs842 crore"]);
    expect(cards.find((q) => /from 261 crore a year earlier/.test(q.prompt))?.acceptedAnswers).toContain("318 crore");
  });

  it("drops a blank split from its figure's letters, an adverb opening a name, a race's course and a distance upstream", () => {
    expect(prompts("ho10-02-tile-factory-closure").filter((p) => /_____m\b/.test(p))).toEqual([]);
    expect(findEntities("Then Dylan Corowa took one strong mark.").map((e) => e.text)).toEqual(["Dylan Corowa"]);
    expect(prompts("ho227-06-how-the-amazon-flood-pulse-works").filter((p) => /upstream/.test(p))).toEqual([]);
  });

  it("dates a match by its weekday directly, not through a made-up sentence", () => {
    expect(pastWeekday("Sunday", { year: 2025, month: 3, day: 24 })).toBe("Sunday, March 23, 2025");
    expect(pastWeekday("Monday", { year: 2025, month: 3, day: 24 })).toBe("Monday, March 24, 2025");
    expect(pastWeekday("Sunday", { year: 2025, month: null, day: null })).toBeNull();
    expect(prompts("ho250-04-lapad-val-water-polo-title-decider")).toContain("Fill in the blank: Lapad Dubrovnik beat Val Split _____ in the deciding game of the Croatian water polo championship final on Saturday, June 17, 2023.");
  });
});

describe("issue 12, round 17c: what the read of sets 254-259 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("dates an annual result by the year the lead reports, not a quarter its outlook names after it", () => {
    const all = prompts("ho258-02-hostyn-machinery-annual-results");
    expect(all.filter((p) => /first quarter/.test(p))).toEqual([]);
    // (Round 18 no longer asks that line beside net profit and revenue: checked on what the realiser writes.)
    expect(realisedHeldOut("ho258-02-hostyn-machinery-annual-results")).toContain("Fill in the blank: In 2024, Hostýn Machinery's operating profit before interest, tax, depreciation and amortisation declined to _____.");
  });

  it("asks no unnamed 'the increase will…', no quote leaning on a 'here' it never names, and no list cut to its first items", () => {
    expect(prompts("ho256-01-kununurra-airport-runway-levy-vote").filter((p) => /the increase/.test(p))).toEqual([]);
    expect(prompts("ho258-01-kromeriz-morava-flood-barrier-dispute").filter((p) => /Nobody here/.test(p))).toEqual([]);
    expect(weakQuote("Who said: “Nobody here is against protecting the town”?")).toBe("a quote that leans on its context");
    expect(weakQuote("Who said: “People here have always said the milk does not go bad, and scientists outside Sumbawa have tended to treat that as folklore”?")).toBeNull();
    expect(prompts("ho259-02-stornoway-black-pudding-maker-annual-results").filter((p) => /black and white pudding/.test(p))).toEqual([]);
  });

  it("reads a 'seventh game' as the deciding game of a final series", () => {
    expect(prompts("ho258-04-vitkovice-win-moravian-extraliga-final")).toContain("Fill in the blank: HC Vítkovice Ridera beat Kometa Brno _____ in Game 7 of the Czech Extraliga final on Wednesday, April 22, 2026.");
  });
});

describe("issue 12, round 17d: what the read of sets 260-265 (the version 17c) rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("dates a financial year 'to the end of February' by its end, not as the calendar year", () => {
    const all = prompts("ho263-02-sendai-supermarket-chain-annual-results");
    expect(all.filter((p) => /^Fill in the blank: In 2024,/.test(p))).toEqual([]);
    expect(all).toContain("Fill in the blank: In the year to February 2025, Michinoku Mart Holdings' net profit attributable to shareholders climbed 7.6 percent to _____.");
  });

  it("reads 'deciding a game' in a one-game final as its run of play, not a series", () => {
    expect(prompts("ho263-04-miyagi-high-school-baseball-final")).toEqual(["Fill in the blank: Kesennuma Kaiyo beat Meiho Gakuin _____ in the final of the Miyagi prefectural summer tournament on Saturday, July 26, 2025."]);
  });

  it("blanks neither the year before's figure nor one region's sales the headline does not name", () => {
    expect(prompts("ho264-02-stann-creek-citrus-processor-annual-results").filter((p) => /loss of _____/.test(p))).toEqual([]);
    expect(prompts("ho261-02-cadore-eyewear-maker-annual-results").filter((p) => /sales in Asia/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 17f: what the read of sets 266-271 (the version 17e, nothing tuned on it) rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("does not date an annual result by a target the headline sets 'for' the year it was published in", () => {
    const all = prompts("ho270-02-caldera-iron-ore-exporter-annual-results");
    expect(all.filter((p) => /In 2025,/.test(p))).toEqual([]);
    expect(all).toContain("Fill in the blank: In 2024, Ferroatacama's revenue fell 9 per cent to _____.");
  });

  it("drops a fill-in that ends on a preposition whose clause was cut", () => {
    expect(prompts("ho269-03-frisian-peat-meadow-water-table-emissions-study").filter((p) => /\bat\.$/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 18: what the read of sets 272-277 (the version 17f, nothing tuned on it) rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("keeps the date of a clause that a cut to the card's length would drop", () => {
    expect(prompts("ho273-02-nyika-edible-oils-profit-rises")).toContain("Fill in the blank: In November 2023, the Reserve Bank of Malawi devalued the kwacha by _____.");
    // The rule reads the clause the answer is in: a date that closes it goes in front, nothing else does.
    expect(promptOrReason("Zenda Mills imports most of its wheat, which it blends with locally grown barley and rye, and the cost of that imported grain rose sharply after the Bank of Ruritania devalued the dinar by 30 percent in March 2019.", "30 percent", "Ruritanian importers struggle", "June 2, 2019")).toBe("Fill in the blank: In March 2019, the Bank of Ruritania devalued the dinar by _____.");
  });

  it("does not lengthen a surname into a name that ends in it where 'the' makes it a modifier", () => {
    const all = prompts("ho274-01-maribor-council-backs-pohorje-gondola-rebuild");
    expect(all.filter((p) => /Živo/.test(p))).toEqual([]);
    expect(all).toContain("Fill in the blank: By March 2024, Maribor City Council had approved a _____ plan to replace the Pohorje gondola.");
  });

  it("does not ask the size of the whole that a part is counted from", () => {
    expect(prompts("ho274-01-maribor-council-backs-pohorje-gondola-rebuild").filter((p) => /members were absent/.test(p))).toEqual([]);
    expect(promptOrReason("Four of the board's 12 directors voted against the merger on Monday.", "12 directors", "Board backs merger", "June 2, 2025")).toBe("size of the whole a part is counted from");
  });

  it("asks EBITDA, operating profit and margins only when the story gives no net profit or revenue card, or its lead reports them", () => {
    const kras = prompts("ho274-02-sezana-rail-freight-operator-annual-results");
    expect(kras.filter((p) => /operating profit|earnings before interest|margin/i.test(p))).toEqual([]);
    expect(kras.some((p) => /revenue/.test(p))).toBe(true);
    expect(prompts("ho267-02-elgoibar-machine-tool-maker-annual-results").filter((p) => /earnings before interest/.test(p))).toEqual([]);
    // A revenue card that mentions a margin in its last clause is still the revenue card.
    expect(confidentHeldOut("ho94-02-bulgarian-rose-oil-distiller-results").some((q) => /revenue/.test(q.prompt))).toBe(true);
    // The lead's headline figure stays, whatever line it is on.
    expect(prompts("ho260-02-ivalo-kaamos-poro-annual-results")).toContain("Fill in the blank: Kaamos Poro Oyj reported a rise of _____ in operating profit for 2024 on Friday, February 28, 2025.");
  });

  it("reads more leads of a final as who beat whom: an extra-time win, a championship named in lower case, 'their great rivals'", () => {
    expect(prompts("ho274-04-maribor-beat-olimpija-slovenian-cup-final")).toContain("Fill in the blank: Maribor beat Olimpija Ljubljana _____ in the Slovenian Cup final on Wednesday, May 20, 2026.");
    expect(prompts("ho276-04-jeti-oguz-kok-boru-final")).toContain("Fill in the blank: Jeti-Oguz beat Talas Ordo _____ in the national kok-boru championship final on Saturday, August 31, 2024.");
    expect(prompts("ho108-04-kuwait-emir-cup-final")).toContain("Fill in the blank: Qadsia beat Kuwait SC _____ in the Emir Cup on Friday, May 16, 2025.");
    // A beaten side whose name ends in "-ing" is a side; only the winner's place may hold an opening participle.
    expect(prompts("ho252-04-whalsay-delting-madrid-cup-final")).toContain("Fill in the blank: Whalsay beat Delting _____ in the Madrid Cup final on Saturday, July 16, 2022.");
    expect(prompts("ho113-04-madagascar-petanque-national-final")[0]).toMatch(/^Fill in the blank: AS Boulistes Toamasina beat Club Bouliste Analamanga _____ in the Madagascar national triples pétanque championship final/);
  });
});

describe("issue 12, round 18b: what the read of sets 278-283 rejected", () => {
  const prompts = (name: string) => confidentHeldOut(name).map((q) => q.prompt);

  it("asks a local news report and a match report from their lead only, a results story and a study from their first three paragraphs", () => {
    // Set 283's three council cards, each cut from a later paragraph ("would add _____ a year", "Kemi's budget for in 2024").
    expect(prompts("ho283-01-kemi-tornio-airport-subsidy-vote").filter((p) => !p.startsWith("Who said"))).toEqual([]);
    expect(realisedHeldOut("ho283-01-kemi-tornio-airport-subsidy-vote").some((p) => /Regional Council of Lapland would add _____/.test(p))).toBe(true);
    expect(prompts("ho278-01-klaksvik-cruise-quay-vote").filter((p) => /remaining _____/.test(p))).toEqual([]);
    // A paste's page chrome above the lead is no paragraph: the lead is still asked.
    expect(prompts("heldout-01-regional-news")).toContain("After almost two decades of negotiation, which two countries signed an agreement on how to share the water of the Kalindi?");
    // What the people of a report say is asked wherever they say it.
    expect(prompts("ho283-01-kemi-tornio-airport-subsidy-vote").some((p) => p.startsWith("Who said"))).toBe(true);
  });

  it("dates 'on Wednesday approved a … plan' as the Wednesday before publication, never the one after", () => {
    const thursday = { ref: referenceFrom("2024-03-14", null), narrativeMonth: null, narrativeYear: null };
    expect(resolveRelativeDates("The government on Wednesday approved a €38 million plan.", thursday).text).not.toMatch(/March 20/);
    expect(resolveRelativeDates("The council plans to vote on Wednesday.", thursday).text).toMatch(/March 20/);
    expect(prompts("ho282-01-faial-pico-ferry-fleet-plan").concat(realisedHeldOut("ho282-01-faial-pico-ferry-fleet-plan")).filter((p) => /March 20/.test(p))).toEqual([]);
  });

  it("reads 'last year' in a story of a year to March as that year, and drops a span counted from an unstated event before a date", () => {
    expect(prompts("ho67-02-scottish-smokehouse-results")).toContain("Fill in the blank: Ardcraig Smokehouse increased its turnover by _____ in the year to March 2025.");
    expect(realisedHeldOut("ho279-05-cyclone-winston-ten-years-on").filter((p) => /years later/.test(p))).toEqual([]);
    expect(realisedHeldOut("ho279-05-cyclone-winston-ten-years-on")).toContain("Fill in the blank: In November 2017, Fiji held the presidency of the United Nations climate conference, _____, in Bonn.");
  });

  it("does not cut a link to one of its ends, nor ask an explainer when something opened", () => {
    expect(prompts("ho282-01-faial-pico-ferry-fleet-plan").filter((p) => /link Horta\.$/.test(p))).toEqual([]);
    expect(prompts("ho278-06-how-faroese-subsea-tunnels-work").filter((p) => /opening of the Sandoyartunnilin in _____/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 18c: what the read of sets 284-291 (round 18b, nothing tuned on it) rejected", () => {
  it("takes no pronoun for the side that won", () => {
    expect(sportResult("They beat Keravnos Archanes 2-1 in the final at the Pankritio Stadium on Sunday.")).toBeNull();
    expect(confidentHeldOut("ho288-04-asteras-malevizi-heraklion-cup-final").filter((q) => /^Fill in the blank: They\b/.test(q.prompt))).toEqual([]);
  });

  it("accepts no Indian rupee sign for 'Rs', which writes the rupee of six countries", () => {
    const q = confidentHeldOut("ho285-01-mahebourg-fish-landing-relocation-row").find((x) => x.answer === "Rs 420 million");
    expect(q?.acceptedAnswers).toEqual(expect.arrayContaining(["420 million rupees"]));
    expect(q?.acceptedAnswers.filter((x) => /₹|INR/.test(x))).toEqual([]);
  });
});

describe("issue 12, round 18d: what the read of sets 292-297 (round 18c, nothing tuned on it) rejected", () => {
  it("does not ask who made the concession before the point ('Nobody around this table is against clean water')", () => {
    expect(weakQuote("Who said: “Nobody around this table is against clean water”?")).toBe("a concession before the point");
    expect(confidentHeldOut("ho297-01-goose-bay-water-plant-loan-vote").filter((q) => /Nobody around this table/.test(q.prompt))).toEqual([]);
    // ("Nobody in this chamber wanted to vote for rationing" states the speaker's point: both readers of set 240 accepted it.)
    expect(weakQuote("Who said: “Nobody in this chamber wanted to vote for rationing”?")).toBeNull();
  });
});

describe("issue 12, round 18e: what the read of sets 298-303 (round 18d, nothing tuned on it) rejected", () => {
  it("answers 'Ms Le Goff' with the full name and accepts 'Le Goff', never 'Goff'", () => {
    const q = confidentHeldOut("ho302-01-quimper-odet-quays-car-ban").find((x) => x.prompt.startsWith("Who said: “If we are wrong"));
    expect(q?.answer).toBe("Gwenaëlle Le Goff");
    expect(q?.acceptedAnswers).toContain("Le Goff");
    expect(q?.acceptedAnswers).not.toContain("Goff");
  });

  it("accepts the precise figure the article gives for a rounded percentage, and yen written out for ¥ in a story that says yen", () => {
    const all = confidentHeldOut("ho299-02-genkai-mentaiko-maker-annual-results");
    expect(all.find((q) => q.answer === "14 per cent")?.acceptedAnswers).toContain("14.2 per cent");
    expect(all.find((q) => q.answer === "¥38.6 billion")?.acceptedAnswers).toContain("38.6 billion yen");
  });

  it("does not ask a study's background set decades before it", () => {
    expect(realisedHeldOut("ho299-03-amami-rabbit-mongoose-recovery-study").filter((p) => /released on Amami-Oshima in 1979/.test(p))).toEqual([]);
  });
});

describe("issue 12, round 18f: what the read of sets 304-309 (round 18e, nothing tuned on it) rejected", () => {
  it("does not answer 'Mr Lachungpa' when the article names two Lachungpas, and gives a speaker without the office before the name", () => {
    const all = confidentHeldOut("ho305-01-mangan-north-sikkim-permit-freeze");
    expect(all.filter((q) => q.answer === "Mr Lachungpa")).toEqual([]);
    expect(all.map((q) => q.answer)).toContain("Hem Kumar Chettri");
  });

  it("drops the part of the day with a weekday the card leaves out ('council on Wednesday evening approved')", () => {
    const prompts = confidentHeldOut("ho308-01-jomala-dalkarby-housing-plan-vote").map((q) => q.prompt);
    expect(prompts.filter((p) => /council evening/.test(p))).toEqual([]);
    expect(prompts).toContain("Fill in the blank: Jomala's municipal council approved a detailed plan for _____ new homes in Dalkarby, brushing aside objections from the islands' main water supplier.");
  });
});

describe("issue 12, round 18g: what the read of sets 310-315 (round 18f, nothing tuned on it) rejected", () => {
  it("does not ask a phrase cut from the subject and verb it belonged to", () => {
    expect(confidentHeldOut("ho313-02-wels-hydraulics-maker-profit-slides").filter((q) => /^Fill in the blank: A decline of/.test(q.prompt))).toEqual([]);
    expect(confidentHeldOut("ho310-04-biarritz-gant-dor-cesta-punta-final").filter((q) => /^Fill in the blank: Recovering from/.test(q.prompt))).toEqual([]);
    // A gerund with its verb is a subject: "Letting rice fields dry out … can cut methane emissions by _____" stays.
    expect(confidentHeldOut("ho31-03-rice-methane-drainage-trial").some((q) => /^Fill in the blank: Letting rice fields dry out/.test(q.prompt))).toBe(true);
  });
});
