import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ingestArticle, type IngestedArticle } from "@/lib/content/ingest-article";
import type { Fact } from "./facts/fact";
import { facts as f000 } from "./facts/000_d40e3ee82c1f276b.facts";
import { facts as f001 } from "./facts/001_b9ce0f5892854f0c.facts";
import { facts as f002 } from "./facts/002_541b207247be09e2.facts";
import { facts as f003 } from "./facts/003_dcc6c357ece11aca.facts";
import { facts as f004 } from "./facts/004_a47baed354956777.facts";
import { facts as fScience } from "./facts/fixture-science-announcement.facts";
import { facts as fSports } from "./facts/fixture-sports-result.facts";
import { facts as fTrade } from "./facts/fixture-trade-report.facts";

const ROOT = path.resolve(__dirname, "../..");

export type CorpusItem = { name: string; file: string; raw: string; article: IngestedArticle; facts: Fact[] };

function load(rel: string, facts: Fact[]): CorpusItem {
  const file = path.join(ROOT, rel);
  const raw = readFileSync(file, "utf8");
  return { name: path.basename(rel), file, raw, article: ingestArticle(raw), facts };
}

/** The five seed articles with the facts a person read in each. */
export function seedCorpus(): CorpusItem[] {
  return [
    load("content/articles/000_d40e3ee82c1f276b.txt", f000),
    load("content/articles/001_b9ce0f5892854f0c.txt", f001),
    load("content/articles/002_541b207247be09e2.txt", f002),
    load("content/articles/003_dcc6c357ece11aca.txt", f003),
    load("content/articles/004_a47baed354956777.txt", f004),
  ];
}

/** Hand-written articles on other subjects, to keep the generator general. */
export function fixtureCorpus(): CorpusItem[] {
  return [
    load("content/fixtures/trade-report.txt", fTrade),
    load("content/fixtures/sports-result.txt", fSports),
    load("content/fixtures/science-announcement.txt", fScience),
  ];
}

/** Articles the generator may be tuned on, and held-out articles it never is (no fact lists: judged blind). */
export function plainCorpus(dir: "dev-articles" | "held-out"): CorpusItem[] {
  const folder = path.join(ROOT, "tests/generator", dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => load(path.join("tests/generator", dir, f), []));
}
