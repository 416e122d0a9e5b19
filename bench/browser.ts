import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { BROWSER_LEARNER, buildBrowserDb } from "./fixtures/build-browser-db";
import { migrationFiles } from "./fixtures/migration-files";
import { signIn, startServer, timeGets } from "./support/server";
import { median, percentile, type Report } from "./support/stats";

const CARDS = 50_000;

/** The 50,000-card fixture, cached under bench/.cache and keyed by every migration and the fixture code. */
async function cachedBrowserDb(now: number, log: (m: string) => void): Promise<string> {
  const hash = createHash("sha256");
  for (const f of [...migrationFiles(), "bench/fixtures/build-browser-db.ts"]) hash.update(readFileSync(f));
  hash.update(JSON.stringify({ cards: CARDS, day: Math.floor(now / 86_400_000) }));
  const dir = path.resolve("bench/.cache");
  const file = path.join(dir, `browser-${hash.digest("hex").slice(0, 12)}.db`);
  if (existsSync(file)) return file;
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.startsWith("browser-")) rmSync(path.join(dir, f));
  log(`building fixture browser (1 learner × ${CARDS.toLocaleString("en")} cards)…`);
  const { seconds } = await buildBrowserDb({ file, cards: CARDS, decks: 20, now });
  log(`built in ${seconds.toFixed(0)} s`);
  return file;
}

/**
 * The card browser at 50,000 cards: server render time of /cards over loopback for the queries a learner
 * makes (first page, a text search, a search that matches nothing — a full scan —, filters, a deep page of a
 * text sort), 20 loads each; p50 and p99 per query and over all of them, beside /account in the same run.
 */
export async function benchBrowser(report: Report, port: number, now: number, log: (m: string) => void): Promise<void> {
  const file = await cachedBrowserDb(now, log);
  const server = await startServer(file, port);
  const loads = 20;
  try {
    report.section(`Card browser (/cards, one learner with ${CARDS.toLocaleString("en")} cards in 20 decks; ${loads} loads each)`);
    const cookie = await signIn(server.url, BROWSER_LEARNER, "bench-password-1234");
    const base = await timeGets(`${server.url}/account`, cookie, loads);
    report.add("baseline: /account p50", median(base), "ms");
    const queries: Array<[string, string]> = [
      ["first page (due order)", "/cards"],
      ["search 'pyongyang' (1 in 20 match)", "/cards?q=pyongyang"],
      ["search with no match (full scan)", "/cards?q=zanzibar"],
      ["filters: review, ≥ 3 lapses, by lapses desc", "/cards?state=review&lapses=3&sort=lapses&dir=desc"],
      ["leeches in one deck", "/cards?deck=bd3&leech=yes"],
      ["page 500 sorted by question text", "/cards?sort=prompt&page=500"],
    ];
    const all: number[] = [];
    for (const [label, url] of queries) {
      const times = await timeGets(`${server.url}${url}`, cookie, loads);
      all.push(...times);
      report.add(`${label} p50`, median(times), "ms");
      report.add(`${label} p99`, percentile(times, 99), "ms");
    }
    report.add("all browser queries p50 (target < 200 ms)", median(all), "ms");
    report.add("all browser queries p99", percentile(all, 99), "ms");
  } finally {
    await server.stop();
  }
}
