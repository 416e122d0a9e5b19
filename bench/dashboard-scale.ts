/**
 * Dashboard speed check at benchmark scale (not part of the test run):
 *   DATABASE_URL=file:/tmp/dash-bench.db npx tsx --conditions=react-server bench/dashboard-scale.ts
 * Builds 1,000 learners × 300 questions (300k Card rows with counters, 30 LearnerDayStat days each,
 * and 30 ReviewLog rows for one learner), then times the class and per-question views.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const url = process.env.DATABASE_URL ?? "file:/tmp/dash-bench.db";
const file = url.replace(/^file:/, "");
const LEARNERS = Number(process.env.LEARNERS ?? 1000);
const QUESTIONS = Number(process.env.QUESTIONS ?? 300);
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

async function main() {
  rmSync(file, { force: true });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const sql = new Database(file);
  const now = new Date();
  const t0 = Date.now();
  sql.transaction(() => {
    const user = sql.prepare("INSERT INTO User (id, name, email, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)");
    user.run("owner", "Owner", "owner@example.test", "instructor", iso(now), iso(now));
    for (let i = 0; i < LEARNERS; i++) user.run(`l${i}`, `Learner ${i}`, `l${i}@example.test`, "learner", iso(now), iso(now));
    sql.prepare("INSERT INTO Deck (id, ownerId, title, visibility, status, createdAt, updatedAt) VALUES ('deck', 'owner', 'Bench', 'class', 'published', ?, ?)").run(iso(now), iso(now));
    const q = sql.prepare("INSERT INTO Question (id, deckId, kind, prompt, answer, position, status, createdAt, updatedAt) VALUES (?, 'deck', 'typed', ?, 'x', ?, 'approved', ?, ?)");
    for (let j = 0; j < QUESTIONS; j++) q.run(`q${j}`, `Question ${j}`, j, iso(now), iso(now));
    sql.prepare("INSERT INTO Class (id, ownerId, name, joinCode, createdAt) VALUES ('class', 'owner', 'Bench class', 'BENCHCDE', ?)").run(iso(now));
    sql.prepare("INSERT INTO Assignment (id, classId, deckId, createdAt) VALUES ('a1', 'class', 'deck', ?)").run(iso(now));
    const e = sql.prepare("INSERT INTO Enrollment (id, classId, userId, joinedAt) VALUES (?, 'class', ?, ?)");
    const c = sql.prepare(
      "INSERT INTO Card (id, userId, questionId, deckId, due, stability, difficulty, reps, lapses, state, lastReview, attempts, correctCount, againCount, firstCorrect, totalMs, createdAt, updatedAt) VALUES (?, ?, ?, 'deck', ?, ?, 5, 30, ?, 2, ?, 30, ?, ?, ?, ?, ?, ?)",
    );
    const day = sql.prepare("INSERT INTO LearnerDayStat (userId, dayKey, reviews, againCount, newCount, totalMs) VALUES (?, ?, ?, ?, 0, ?)");
    for (let i = 0; i < LEARNERS; i++) {
      e.run(`e${i}`, `l${i}`, iso(now));
      for (let j = 0; j < QUESTIONS; j++) {
        const last = new Date(now.getTime() - ((i * 7 + j) % 40) * 86_400_000);
        const due = new Date(last.getTime() + ((j % 20) + 1) * 86_400_000);
        c.run(`c${i}_${j}`, `l${i}`, `q${j}`, iso(due), 1 + (j % 30), j % 4, iso(last), 25, 5, (i + j) % 3 === 0 ? 0 : 1, 120_000, iso(now), iso(now));
      }
      for (let d = 0; d < 30; d++) day.run(`l${i}`, new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10), 300, 50, 600_000);
    }
  })();
  sql.close();
  console.log(`seeded ${LEARNERS} learners × ${QUESTIONS} questions in ${Date.now() - t0} ms`);

  const { getClassProgress } = await import("@/lib/server/classes/get-class-progress");
  const { getClassQuestionStats } = await import("@/lib/server/classes/get-class-question-stats");
  const { db } = await import("@/lib/server/db/client");
  const viewer = { id: "owner", name: "Owner", email: "owner@example.test", role: "instructor" as const, timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, maximumInterval: 36500, newCardsPerDay: 20 };
  await db.$connect();
  for (const [name, run] of [
    ["class progress", () => getClassProgress(viewer, "class")],
    ["per-question stats", () => getClassQuestionStats(viewer, "class")],
  ] as const) {
    const times: number[] = [];
    let size = 0;
    for (let k = 0; k < 6; k++) {
      const s = performance.now();
      const r = await run();
      times.push(performance.now() - s);
      size = "learners" in r ? r.learners.length : r.questions.length;
    }
    console.log(`${name}: rows=${size} first=${times[0]!.toFixed(0)} ms, warm median=${times.slice(1).sort((a, b) => a - b)[2]!.toFixed(0)} ms`);
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
