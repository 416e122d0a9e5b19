import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ingestArticle } from "@/lib/content/ingest-article";
import { generateDeck, generateQuestions } from "@/lib/generate";
import { median, percentile, timeRuns, type Report } from "./support/stats";

/** Generation time per seed article (both modes) and for all five, median of 20 runs; peak RSS/heap during the runs. */
export async function benchGenerator(report: Report): Promise<void> {
  report.section("Question generator (20 runs each, after 2 warm-up runs)");
  const dir = path.resolve("content/articles");
  const raws = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ f, raw: readFileSync(path.join(dir, f), "utf8") }));
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  for (const { f, raw } of raws) {
    const times = await timeRuns(20, () => {
      generateQuestions(ingestArticle(raw));
      sample();
    });
    const count = generateQuestions(ingestArticle(raw)).length;
    report.add(`generate ${f.slice(0, 3)} (${count} questions) median`, median(times), "ms");
    report.add(`generate ${f.slice(0, 3)} p99`, percentile(times, 99), "ms");
  }
  // "Only confident questions" (the default on the New deck from an article page, and the seeded decks).
  for (const { f, raw } of raws) {
    const times = await timeRuns(20, () => {
      generateQuestions(ingestArticle(raw), { mode: "confident" });
      sample();
    });
    const count = generateQuestions(ingestArticle(raw), { mode: "confident" }).length;
    report.add(`generate confident ${f.slice(0, 3)} (${count} questions) median`, median(times), "ms");
  }
  const all = await timeRuns(20, () => {
    for (const { raw } of raws) generateQuestions(ingestArticle(raw));
    sample();
  });
  report.add("generate all five articles median", median(all), "ms");
  const combined = await timeRuns(20, () => {
    generateDeck(raws.map(({ raw }) => ingestArticle(raw)));
    sample();
  });
  report.add("generate combined deck (5 articles) median", median(combined), "ms");
  report.add("peak RSS during generation", peakRss / 1024 / 1024, "MiB");
  report.add("peak heap used during generation", peakHeap / 1024 / 1024, "MiB");
}
