// Pools every paired blind read in docs/generator-quality/<prefix>*-paired and counts, for one version, how often
// each family of question was accepted: by kind (fill-in, multiple choice, typed), by the answer's shape (a count,
// a percentage, money, a name, a common word) and by "who said". Round 6's rules came from this table: no family
// that readers accepted once in ten should be asked at all, however good each rule that lets it through looks.
// Round 8 added the prompt's form (who said, fill-in, a question with its subject asked, a question with the question
// word moved out of the clause) and its length; `--version any` counts every question a sheet holds once per reader,
// whichever versions wrote it, and every read with a key.json counts, paired or not.
// `--match REGEX` counts only the prompts it matches, to ask how readers took one pattern before a rule drops it.
// Usage: tsx tests/generator/blind-read/pool-verdicts.ts [--prefix v3r5-] [--version r5|any] [--match REGEX]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const root = "docs/generator-quality";
const prefix = arg("--prefix", "v3r5-");
const version = arg("--version", "r5");
const match = process.argv.includes("--match") ? new RegExp(arg("--match", "")) : null;

/** The answer's shape, from its text alone (the sheets do not say which extractor wrote a question). */
function shape(answer: string): string {
  if (/^\d{4}$/.test(answer)) return "year";
  if (/\d/.test(answer)) return /%|per ?cent/i.test(answer) ? "percent" : /[$€£¥]|euro|dollar|pound|franc|kroner|won\b/i.test(answer) ? "money" : "count";
  return /^\p{Lu}/u.test(answer) ? "name" : "common word";
}

const tally = new Map<string, [number, number]>();
const add = (k: string, ok: boolean) => {
  const [a, n] = tally.get(k) ?? [0, 0];
  tally.set(k, [a + (ok ? 1 : 0), n + 1]);
};
/** "Fill in the blank: …", "Who said: …", or a question whose question word stands for its subject or was moved. */
function form(prompt: string): string {
  if (/^Who said/.test(prompt)) return "who said";
  if (/^Fill in the blank:/.test(prompt)) return "fill-in";
  const body = prompt.replace(/^(?:In|As of|By|On|Under) [^,]+,\s*/, "");
  return /^(?:how (?:much|many)|what percentage|which \S+|who|whom|from which \S+|in which \S+)\b[^?]*?\s(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s/i.test(body) ? "question, moved" : "question, subject";
}

function length(prompt: string): string {
  const words = prompt.replace(/^Fill in the blank:\s*/, "").split(/\s+/).length;
  return words <= 12 ? "12 words or fewer" : words <= 16 ? "13-16 words" : words <= 20 ? "17-20 words" : "21 words or more";
}

for (const dir of readdirSync(root).filter((d) => d.startsWith(prefix))) {
  const d = path.join(root, dir);
  const keyFile = path.join(d, "key.json");
  if (!existsSync(keyFile)) continue;
  const key = JSON.parse(readFileSync(keyFile, "utf8")) as Record<string, string[][]>;
  const readers = readdirSync(d).filter((f) => f.startsWith("verdicts")).map((f) => readFileSync(path.join(d, f), "utf8"));
  for (const [slug, labels] of Object.entries(key)) {
    const sheet = path.join(d, `${slug}.questions.md`);
    if (!existsSync(sheet)) continue;
    const blocks = readFileSync(sheet, "utf8").split(/^## Q/m).slice(1);
    blocks.forEach((b, i) => {
      if (version !== "any" && !labels[i]?.includes(version)) return;
      const kind = /— (.*)/.exec(b)?.[1]?.trim() ?? "?";
      const prompt = /\*\*Prompt:\*\* (.*)/.exec(b)?.[1] ?? "";
      const answer = /\*\*Answer:\*\* (.*)/.exec(b)?.[1] ?? "";
      if (match && !match.test(prompt)) return;
      for (const text of readers) {
        const section = text.split(`## ${slug}`)[1]?.split(/\n## /)[0] ?? "";
        const verdict = new RegExp(`^Q${i + 1} \\| (ACCEPT|REJECT)`, "m").exec(section)?.[1];
        if (!verdict) continue;
        const ok = verdict === "ACCEPT";
        add(`all`, ok);
        add(`kind: ${kind}`, ok);
        add(`${kind} × ${/^Who said/.test(prompt) ? "who said" : shape(answer)}`, ok);
        add(`form: ${form(prompt)}`, ok);
        if (!/^Who said/.test(prompt)) add(`length (not who said): ${length(prompt)}`, ok);
      }
    });
  }
}
console.log(`verdicts on ${version === "any" ? "every version's" : `${version}'s`} questions in ${prefix}*${match ? ` matching ${match}` : ""} (each reader counts once)`);
for (const [k, [a, n]] of [...tally].sort()) console.log(`${k.padEnd(36)} ${String(a).padStart(4)} of ${String(n).padEnd(4)} ${Math.round((100 * a) / n)}%`);
