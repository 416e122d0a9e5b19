// Blind-read sheets: runs the generator CLI on each article and writes one Markdown sheet per article holding only
// the article text and its questions (kind, prompt, options, answer, accepted answers) — what a blind reader sees.
// Usage: tsx tests/generator/blind-read/make-sheets.ts --out DIR --seed N --per-article K [--confident] FILE...
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom as seeded } from "@/lib/random/seeded-random";

type CliQuestion = { kind: string; prompt: string; answer: string; acceptedAnswers?: string[]; choices?: string[]; source?: string };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

const out = arg("--out", "blind-read");
const seed = Number(arg("--seed", "20261130"));
const perArticle = Number(arg("--per-article", "0")); // 0 = every question
const flags = new Set(["--out", "--seed", "--per-article"]);
const confident = process.argv.includes("--confident"); // judge the "confident" pipeline instead of the default
const files = process.argv.slice(2).filter((a, i, all) => a !== "--confident" && !flags.has(a) && !flags.has(all[i - 1] ?? ""));
mkdirSync(out, { recursive: true });
const random = seeded(seed);
const index: string[] = [];
for (const file of files) {
  const json = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/generate-cli.ts", ...(confident ? ["--confident"] : []), file], { encoding: "utf8" });
  const all = (JSON.parse(json) as { questions: CliQuestion[] }).questions;
  let picked = all.map((q, i) => ({ q, i }));
  if (perArticle > 0 && picked.length > perArticle) {
    for (let i = picked.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [picked[i], picked[j]] = [picked[j]!, picked[i]!];
    }
    picked = picked.slice(0, perArticle).sort((a, b) => a.i - b.i);
  }
  const name = path.basename(file).replace(/\.[^.]+$/, "");
  const lines = [`# Questions generated from “${name}”`, "", `${picked.length} of ${all.length} questions (sample seed ${seed}).`, ""];
  picked.forEach(({ q, i }, n) => {
    lines.push(`## Q${n + 1} (question ${i + 1} of the deck) — ${q.kind.replace("_", " ")}`, "", `**Prompt:** ${q.prompt}`, "");
    if (q.choices?.length) lines.push("**Options:**", ...q.choices.map((c) => `- ${c}`), "");
    lines.push(`**Answer:** ${q.answer}`, "");
    if (q.acceptedAnswers?.length) lines.push(`**Also accepted:** ${q.acceptedAnswers.join("; ")}`, "");
  });
  writeFileSync(path.join(out, `${name}.questions.md`), lines.join("\n"));
  writeFileSync(path.join(out, `${name}.article.txt`), readFileSync(file, "utf8"));
  index.push(`${name}\t${picked.length}\t${all.length}`);
}
writeFileSync(path.join(out, "index.tsv"), ["article\tjudged\tgenerated", ...index].join("\n") + "\n");
console.log(index.join("\n"));
