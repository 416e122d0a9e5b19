import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { generateDeck, generateQuestions } from "@/lib/generate";
import { COMBINED_DECK_SLUG, readSeedArticles, SEED_MODE, seedArticles } from "@/lib/server/seed/seed-articles";

const tables = ["User", "Article", "Deck", "DeckArticle", "Question"] as const;

async function counts(): Promise<Record<string, number>> {
  return {
    User: await db.user.count(),
    Article: await db.article.count(),
    Deck: await db.deck.count(),
    DeckArticle: await db.deckArticle.count(),
    Question: await db.question.count(),
  };
}

describe("seeding", () => {
  it("creates the five articles, one deck per article plus a combined deck, and is idempotent", async () => {
    const first = await seedArticles(db);
    expect(first.createdDecks).toBe(6);
    const after1 = await counts();
    expect(after1.Article).toBe(5);
    expect(after1.Deck).toBe(6);
    expect(after1.DeckArticle).toBe(10);
    expect(after1.Question).toBeGreaterThan(0);

    const second = await seedArticles(db);
    expect(second.createdDecks).toBe(0);
    expect(await counts()).toEqual(after1);
    for (const t of tables) expect(after1[t]).toBeGreaterThan(0);
  });

  it("holds the confident generator's questions: each article's deck exactly what it writes, and every article asks something", async () => {
    await seedArticles(db);
    const seeds = readSeedArticles();
    const decks = await db.deck.findMany({ where: { slug: { startsWith: "seed-" } }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(decks).toHaveLength(seeds.length);
    for (const { file, article } of seeds) {
      const deck = decks.find((d) => d.slug === `seed-${path.basename(file, ".txt")}`);
      // Derived from the generator now, not pinned: it is still being tuned, and a test must not freeze its output.
      const expected = generateQuestions(article, { mode: SEED_MODE });
      expect(deck?.questions.map((q) => [q.prompt, q.answer]), file).toEqual(expected.map((q) => [q.prompt, q.answer]));
      expect(expected.length, file).toBeGreaterThanOrEqual(1);
      // Seeded decks are published as they are: every question approved.
      expect(deck!.questions.every((q) => q.status === "approved")).toBe(true);
    }
    const combined = await db.deck.findUniqueOrThrow({ where: { slug: COMBINED_DECK_SLUG }, include: { questions: { orderBy: { position: "asc" } } } });
    const expected = generateDeck(seeds.map((s) => s.article), SEED_MODE).questions;
    expect(combined.questions.map((q) => q.prompt)).toEqual(expected.map((q) => q.prompt));
    // The many-drafts mode would have given several times as many (282 against 36 in November 2026).
    const drafts = seeds.reduce((n, s) => n + generateQuestions(s.article).length, 0);
    expect(combined.questions.length).toBeLessThan(drafts);
  });

  it("links the combined deck to all five articles and every question to its article's text", async () => {
    await seedArticles(db);
    const combined = await db.deck.findUniqueOrThrow({ where: { slug: COMBINED_DECK_SLUG }, include: { articles: true } });
    expect(combined.articles).toHaveLength(5);
    const questions = await db.question.findMany({ include: { article: true } });
    for (const q of questions) {
      expect(q.article, q.prompt).not.toBeNull();
      expect(q.article!.body.slice(q.sourceStart!, q.sourceEnd!)).toBe(q.sourceSentence);
    }
  });

  it("stores each article's cleaned metadata", async () => {
    await seedArticles(db);
    const seeds = readSeedArticles();
    const first = await db.article.findUniqueOrThrow({ where: { contentHash: seeds[0]!.article.contentHash } });
    expect(first.title).toBe("North Korea’s Economic Diplomacy with Southeast Asia");
    expect(first.publishedAt?.toISOString().slice(0, 10)).toBe("2012-08-22");
    expect(first.body).not.toContain("Subscribe to our Mailing List!");
  });
});

describe("migrations", () => {
  it("apply to an empty database and create every table", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-migrate-"));
    const file = path.join(dir, "empty.db");
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
    const sqlite = new Database(file, { readonly: true });
    const names = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    for (const t of ["User", "Session", "Account", "Article", "Deck", "Question", "Card", "ReviewLog", "Class", "Enrollment", "Assignment", "QuizAttempt"]) {
      expect(names).toContain(t);
    }
    const applied = sqlite.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
    sqlite.close();
  });
});
