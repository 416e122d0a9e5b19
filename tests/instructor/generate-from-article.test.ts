import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { generateDeckAction, updateDeckAction, bulkQuestionsAction } from "@/app/instructor/actions";
import { htmlToText } from "@/lib/content/html-to-text";
import { TRADE_ARTICLE } from "./article-fixture";
import { makeUser } from "./helpers";

let a: Viewer;
beforeAll(async () => {
  a = await makeUser("instructor");
});

describe("generate a deck from a pasted article", () => {
  it("creates a private draft deck whose questions are all drafts, linked to a deduplicated article", async () => {
    const r = await generateDeckAction.runAs(a, { text: TRADE_ARTICLE, format: "text" });
    if (!r.ok) throw new Error(r.error);
    const deck = await db.deck.findUniqueOrThrow({ where: { id: r.data.deckId }, include: { questions: true, articles: { include: { article: true } } } });
    expect(deck).toMatchObject({ ownerId: a.id, status: "draft", visibility: "private" });
    expect(deck.title).toMatch(/Copper/i);
    expect(deck.questions.length).toBe(r.data.questionCount);
    expect(deck.questions.length).toBeGreaterThan(0);
    expect(new Set(deck.questions.map((q) => q.status))).toEqual(new Set(["draft"]));
    const article = deck.articles[0]!.article;
    for (const q of deck.questions) {
      expect(q.articleId).toBe(article.id);
      // The source offsets point at the source sentence inside the stored body (used for highlighting).
      if (q.sourceStart !== null && q.sourceEnd !== null) expect(article.body.slice(q.sourceStart, q.sourceEnd)).toBe(q.sourceSentence);
    }
    // Same article again: a second draft deck, same Article row.
    const again = await generateDeckAction.runAs(a, { text: TRADE_ARTICLE, format: "text" });
    expect(again.ok).toBe(true);
    expect(await db.article.count({ where: { contentHash: article.contentHash } })).toBe(1);
    // Publishing before any approval is refused; after approving, it works.
    expect(await updateDeckAction.runAs(a, { deckId: deck.id, status: "published" })).toMatchObject({ ok: false, status: 409 });
    await bulkQuestionsAction.runAs(a, { deckId: deck.id, questionIds: [deck.questions[0]!.id], operation: { type: "approve" } });
    expect(await updateDeckAction.runAs(a, { deckId: deck.id, status: "published" })).toMatchObject({ ok: true });
  });

  it("'Only confident questions' drafts fewer, shorter questions; an unknown mode is refused and creates nothing", async () => {
    const all = await generateDeckAction.runAs(a, { text: TRADE_ARTICLE, format: "text" });
    const some = await generateDeckAction.runAs(a, { text: TRADE_ARTICLE, format: "text", mode: "confident" });
    if (!all.ok || !some.ok) throw new Error("generation failed");
    expect(some.data.questionCount).toBeGreaterThan(0);
    expect(some.data.questionCount).toBeLessThan(all.data.questionCount);
    const qs = await db.question.findMany({ where: { deckId: some.data.deckId } });
    for (const q of qs) expect(q.prompt.replace(/“[^”]*”/g, "").replace(/^Fill in the blank:\s*/, "").split(/\s+/).length, q.prompt).toBeLessThanOrEqual(30);
    const decks = await db.deck.count({ where: { ownerId: a.id } });
    expect(await generateDeckAction.runAs(a, { text: TRADE_ARTICLE, format: "text", mode: "fast" as "confident" })).toMatchObject({ ok: false, status: 422 });
    expect(await db.deck.count({ where: { ownerId: a.id } })).toBe(decks);
    // Nothing confident to ask (no figure, name or event): a clear error, and no empty deck.
    const none = await generateDeckAction.runAs(a, { text: "Thoughts\n\nIt was a quiet day. Nothing much happened at all.", format: "text", mode: "confident" });
    expect(none).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/No question about this article passed the confident checks/) });
    expect(await db.deck.count({ where: { ownerId: a.id } })).toBe(decks);
  });

  it("refuses empty and > 1 MB input with clear errors and creates nothing", async () => {
    const before = await db.deck.count();
    expect(await generateDeckAction.runAs(a, { text: "   \n ", format: "text" })).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/empty/) });
    expect(await generateDeckAction.runAs(a, { text: "<html><script>x()</script><p> </p></html>", format: "html" })).toMatchObject({ ok: false, status: 422 });
    expect(await generateDeckAction.runAs(a, { text: "a".repeat(1024 * 1024 + 1), format: "text" })).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/1 MB/) });
    expect(await db.deck.count()).toBe(before);
  });

  it("reads HTML server-side: the headline as title, no scripts or styles", () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><h1>Copper &amp; trade</h1><p>Chile said&nbsp;<b>yes</b>.</p><script>alert(1)</script></body></html>`;
    expect(htmlToText(html)).toBe("# Copper & trade\n\nChile said yes.");
  });

  it("generates from an uploaded HTML page (parsed in the worker), without its page chrome", async () => {
    const page = `<!doctype html><html><head><title>Copper | Daily Planet</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World news and more</a></nav>
      <article><h1>Chile's copper boom</h1>${TRADE_ARTICLE.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article>
      <footer><p>Subscribe to the Daily Planet newsletter today.</p></footer></body></html>`;
    const r = await generateDeckAction.runAs(a, { text: page, format: "html" });
    if (!r.ok) throw new Error(r.error);
    const deck = await db.deck.findUniqueOrThrow({ where: { id: r.data.deckId }, include: { articles: { include: { article: true } } } });
    const body = deck.articles[0]!.article.body;
    expect(r.data.questionCount).toBeGreaterThan(0);
    expect(body).not.toMatch(/Subscribe|World news|<p>/);
  });

  it("rate-limits generation per user, learners included (20 per hour)", async () => {
    const busy = await makeUser("instructor");
    await db.rateLimitBucket.create({ data: { key: `generate:${busy.id}`, points: 20, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await generateDeckAction.runAs(busy, { text: TRADE_ARTICLE, format: "text" })).toMatchObject({ ok: false, status: 429 });
    // Learners generate their own decks through the same worker and the same limit.
    const learner = await makeUser("learner");
    await db.rateLimitBucket.create({ data: { key: `generate:${learner.id}`, points: 20, expiresAt: new Date(Date.now() + 3_600_000) } });
    const decksBefore = await db.deck.count();
    expect(await generateDeckAction.runAs(learner, { text: TRADE_ARTICLE, format: "text" })).toMatchObject({ ok: false, status: 429 });
    expect(await db.deck.count()).toBe(decksBefore);
  });
});
