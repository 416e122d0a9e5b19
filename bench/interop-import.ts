// npm run bench:interop — importing a 10,000-note .apkg (legacy and anki21b) must take under 5 s.
// Baseline from the same run: the same 10,000 cards imported as tab-separated text (parse + one transaction).
// Peak memory is the process's maximum resident set size after each phase.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createMigratedDatabase } from "./fixtures/bulk-db";
import { median, percentile, Report } from "./support/stats";

const NOTES = 10_000;
const RUNS = 5;
const LIMIT_MS = 5000;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "interop-bench-"));
  const file = path.join(dir, "bench.db");
  createMigratedDatabase(file).close();
  process.env.DATABASE_URL = `file:${file}`;
  // Imported after DATABASE_URL is set: the Prisma client reads it when first loaded.
  const { db } = await import("@/lib/server/db/client");
  const { importDeck } = await import("@/lib/server/interop/import-deck");
  const { readApkg } = await import("@/lib/interop/read-apkg");
  const { parseText } = await import("@/lib/interop/parse-text");
  const { writeApkg } = await import("@/lib/interop/write-apkg");
  const { writeTsv } = await import("@/lib/interop/write-text");
  const { modernApkg, modernCollection, STOCK } = await import("../tests/interop/support/anki-fixtures");

  const user = await db.user.create({ data: { id: "bench-user", name: "Bench", email: "bench@example.test" } });
  const viewer = { id: user.id, name: user.name, email: user.email, role: "learner" as const, timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, maximumInterval: 36500, newCardsPerDay: 20 };

  const questions = Array.from({ length: NOTES }, (_, i) => ({
    id: `q${i}`,
    kind: i % 4 === 0 ? "cloze" : "flashcard",
    prompt: i % 4 === 0 ? `Fill in the blank: In ${1900 + (i % 120)} the treaty was signed by _____ delegates (item ${i}).` : `Who chaired committee number ${i} in the <b>briefing</b>?`,
    answer: i % 4 === 0 ? String(20 + (i % 50)) : `Delegate ${i} of the assembly`,
    choices: [],
    tags: ["bench", `group-${i % 20}`],
    sourceSentence: `Sentence ${i} from the source article, with enough words to look like a real one.`,
  }));
  const legacy = await writeApkg("Bench legacy", questions);
  const modern = await modernApkg(
    modernCollection(
      [STOCK.basic, STOCK.cloze],
      questions.map((q, i) => ({
        id: i + 1,
        mid: q.kind === "cloze" ? STOCK.cloze.id : STOCK.basic.id,
        fields: q.kind === "cloze" ? [q.prompt.replace("_____", `{{c1::${q.answer}}}`), q.sourceSentence] : [q.prompt, q.answer],
        tags: q.tags,
      })),
    ),
  );
  const tsv = writeTsv(questions);

  const report = new Report(false);
  report.section(`Deck import, ${NOTES.toLocaleString("en")} notes (${RUNS} runs each)`);
  report.note(`package sizes: legacy ${(legacy.length / 1024).toFixed(0)} KB, anki21b ${(modern.length / 1024).toFixed(0)} KB, tsv ${(tsv.length / 1024).toFixed(0)} KB`);
  const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
  report.add("peak RSS before any import", maxRssMb(), "MB");

  const phases: [string, () => Promise<unknown>][] = [
    ["baseline: tab-separated text (parse + import)", async () => importDeck(viewer, parseText(tsv, { maxRows: NOTES }))],
    ["legacy .apkg (collection.anki2: unzip + read + import)", async () => importDeck(viewer, await readApkg(legacy))],
    ["anki21b .apkg (zstd: unzip + decompress + read + import)", async () => importDeck(viewer, await readApkg(modern))],
  ];
  let failed = false;
  for (const [name, run] of phases) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    report.add(`${name}: median`, median(samples), "ms");
    report.add(`${name}: p99`, percentile(samples, 99), "ms");
    report.add(`${name}: peak RSS so far`, maxRssMb(), "MB");
    // The target is on the median: p99 of five runs is the slowest run, which on the shared 2-core machine moves with its neighbours.
    if (!name.startsWith("baseline") && median(samples) >= LIMIT_MS) failed = true;
  }
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  if (failed) {
    console.error(`An .apkg import of ${NOTES} notes took ${LIMIT_MS} ms or more (median).`);
    process.exit(1);
  }
}

void main();
