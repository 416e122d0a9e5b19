import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject, test, expect } from "vitest";
import { migrationSql } from "@/scripts/db/migrations";
import { testProvider } from "@/tests/support/test-database";
import { emptyDatabase, migrateDeploy, runScript } from "./support/scratch-database";
import { catalogOf } from "./support/catalog";

// SQLite databases of the previous release (696bf2c) were made from its migrations folder; PostgreSQL
// support starts with this release, whose 0001_init is the PostgreSQL baseline.
const PREVIOUS_RELEASE = "696bf2c";

/** The migrations folder as the previous release shipped it. */
function previousReleaseMigrations(): string {
  const dir = mkdtempSync(path.join(inject("tempDir"), "previous-release-"));
  if (testProvider === "postgresql") {
    mkdirSync(path.join(dir, "0001_init"));
    writeFileSync(path.join(dir, "0001_init", "migration.sql"), migrationSql("postgresql", "0001_init"));
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    return dir;
  }
  const files = execFileSync("git", ["ls-tree", "-r", "--name-only", PREVIOUS_RELEASE, "prisma/migrations"], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of files) {
    const target = path.join(dir, path.relative("prisma/migrations", file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, execFileSync("git", ["show", `${PREVIOUS_RELEASE}:${file}`]));
  }
  return dir;
}

const T = "2026-01-05T09:00:00.000+00:00";
const ts = (s: string) => (testProvider === "postgresql" ? `TIMESTAMP '${s.slice(0, 23).replace("T", " ")}'` : `'${s}'`);
const bool = (b: boolean) => (testProvider === "postgresql" ? String(b) : b ? "1" : "0");

/** Rows as the previous release wrote them: users, an article, a deck, questions, cards, reviews, a class. */
function previousReleaseRows(): string {
  const rows: string[] = [];
  for (const [id, role] of [["u-ins", "instructor"], ["u-a", "learner"], ["u-b", "learner"]] as const) {
    rows.push(`INSERT INTO "User" ("id","name","email","emailVerified","role","createdAt","updatedAt") VALUES ('${id}','Name ${id}','${id}@example.test',${bool(false)},'${role}',${ts(T)},${ts(T)});`);
  }
  rows.push(`INSERT INTO "Article" ("id","title","body","contentHash","createdById","createdAt") VALUES ('a1','Article','Body text.','hash-a1','u-ins',${ts(T)});`);
  rows.push(`INSERT INTO "Deck" ("id","ownerId","title","visibility","status","createdAt","updatedAt") VALUES ('d1','u-ins','Upgrade deck','public','published',${ts(T)},${ts(T)});`);
  rows.push(`INSERT INTO "DeckArticle" ("deckId","articleId","position") VALUES ('d1','a1',0);`);
  for (let q = 1; q <= 3; q++) {
    rows.push(`INSERT INTO "Question" ("id","deckId","articleId","kind","prompt","answer","position","createdAt","updatedAt") VALUES ('q${q}','d1','a1','flashcard','Prompt ${q}?','Answer ${q}',${q},${ts(T)},${ts(T)});`);
  }
  for (const user of ["u-a", "u-b"]) {
    for (let q = 1; q <= 2; q++) {
      rows.push(`INSERT INTO "Card" ("id","userId","questionId","deckId","due","stability","difficulty","reps","state","lastReview","version","attempts","correctCount","firstCorrect","totalMs","createdAt","updatedAt")
        VALUES ('c-${user}-${q}','${user}','q${q}','d1',${ts("2026-01-08T09:00:00.000+00:00")},3.1,5.2,1,2,${ts(T)},1,1,1,${bool(true)},4000,${ts(T)},${ts(T)});`);
      rows.push(`INSERT INTO "ReviewLog" ("id","idempotencyKey","userId","questionId","cardId","deckId","rating","stateBefore","state","due","stability","difficulty","elapsedDays","lastElapsedDays","scheduledDays","learningSteps","cardVersion","correct","durationMs","reviewedAt","dayKey","createdAt")
        VALUES ('l-${user}-${q}','key-${user}-${q}','${user}','q${q}','c-${user}-${q}','d1',3,0,2,${ts("2026-01-08T09:00:00.000+00:00")},3.1,5.2,0,0,3,0,0,${bool(true)},4000,${ts(T)},'2026-01-05',${ts(T)});`);
    }
    rows.push(`INSERT INTO "LearnerDayStat" ("userId","dayKey","reviews","newCount","totalMs") VALUES ('${user}','2026-01-05',2,2,8000);`);
  }
  rows.push(`INSERT INTO "Class" ("id","ownerId","name","joinCode","createdAt") VALUES ('k1','u-ins','Class','JOIN-1',${ts(T)});`);
  rows.push(`INSERT INTO "Enrollment" ("id","classId","userId","joinedAt") VALUES ('e1','k1','u-a',${ts(T)}),('e2','k1','u-b',${ts(T)});`);
  rows.push(`INSERT INTO "Assignment" ("id","classId","deckId","createdAt") VALUES ('as1','k1','d1',${ts(T)});`);
  return rows.join("\n");
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = (await catalogOf(url)).filter((l) => l.startsWith("column ")).map((l) => l.split(" ")[1]!.split(".")[0]!);
  const counts: Record<string, number> = {};
  const { default: pg } = await import("pg");
  const { default: Database } = await import("better-sqlite3");
  for (const table of new Set(tables)) {
    if (url.startsWith("file:")) {
      const db = new Database(url.slice(5), { readonly: true });
      counts[table] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      db.close();
    } else {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      await client.end();
    }
  }
  return counts;
}

test(`a ${testProvider} database of the previous release upgrades with every row kept, and the app reads it`, async () => {
  const url = await emptyDatabase();
  migrateDeploy(url, previousReleaseMigrations());
  await runScript(url, previousReleaseRows());
  const before = await rowCounts(url);
  expect(before.ReviewLog).toBe(4);

  migrateDeploy(url); // what `npm run db:setup` does after an upgrade
  expect(await rowCounts(url)).toEqual(before);
  expect(await catalogOf(url)).toEqual(await catalogOf(process.env.DATABASE_URL ?? ""));

  // The app's data layer on the upgraded database (imported only now, so it binds to this URL).
  process.env.DATABASE_URL = url;
  const { loadViewerByUserId } = await import("@/lib/server/auth/viewer");
  const { getProgressStats } = await import("@/lib/server/progress/get-progress-stats");
  const { getClassProgress } = await import("@/lib/server/classes/get-class-progress");
  const { saveReview } = await import("@/lib/server/study/save-review");
  const learner = await loadViewerByUserId("u-a");
  const instructor = await loadViewerByUserId("u-ins");
  expect(learner?.email).toBe("u-a@example.test");
  const stats = await getProgressStats(learner!, new Date("2026-01-06T12:00:00Z"));
  expect(JSON.stringify(stats)).toContain("2026-01-05");
  const progress = await getClassProgress(instructor!, "k1", { now: new Date("2026-01-06T12:00:00Z") });
  expect(progress.learners.map((l) => [l.userId, l.studied]).sort()).toEqual([["u-a", 2], ["u-b", 2]]);
  // And writes on top of the old history: the third question, never seen before.
  await saveReview(learner!, { questionId: "q3", rating: 3, idempotencyKey: "after-upgrade", expectedVersion: 0, durationMs: 1500 });
  const { db } = await import("@/lib/server/db/client");
  expect(await db.reviewLog.count()).toBe(5);
});
