// Scores a paired blind read: each reader's verdicts.md against the key merge-sheets.ts wrote, so every version's
// share acceptable is counted from the same judgements (a question two versions share counts for both).
// Usage: tsx tests/generator/blind-read/score-paired.ts KEY.json VERDICTS.md [VERDICTS.md …]
import { readFileSync } from "node:fs";

const [keyFile, ...verdictFiles] = process.argv.slice(2);
if (!keyFile || verdictFiles.length === 0) throw new Error("usage: score-paired.ts KEY.json VERDICTS.md [VERDICTS.md …]");
const key = JSON.parse(readFileSync(keyFile, "utf8")) as Record<string, string[][]>;

for (const file of verdictFiles) {
  const text = readFileSync(file, "utf8");
  const totals = new Map<string, { ok: number; all: number; perArticle: string[] }>();
  for (const [name, labels] of Object.entries(key)) {
    const section = text.split(`## ${name}`)[1]?.split(/\n## /)[0] ?? "";
    const verdicts = new Map([...section.matchAll(/^Q(\d+) \| (ACCEPT|REJECT)/gm)].map((m) => [Number(m[1]), m[2] === "ACCEPT"]));
    if (verdicts.size !== labels.length) throw new Error(`${file}: ${name} has ${verdicts.size} verdicts for ${labels.length} questions`);
    const per = new Map<string, [number, number]>();
    labels.forEach((versions, i) => {
      for (const v of versions) {
        const [ok, all] = per.get(v) ?? [0, 0];
        per.set(v, [ok + (verdicts.get(i + 1) ? 1 : 0), all + 1]);
      }
    });
    for (const [v, [ok, all]] of per) {
      const t = totals.get(v) ?? { ok: 0, all: 0, perArticle: [] };
      t.ok += ok;
      t.all += all;
      t.perArticle.push(`${name} ${ok}/${all}`);
      totals.set(v, t);
    }
  }
  console.log(`# ${file}`);
  for (const [v, t] of [...totals].sort()) console.log(`${v}: ${t.ok} of ${t.all} acceptable (${Math.round((100 * t.ok) / Math.max(1, t.all))}%) — ${t.perArticle.join(", ")}`);
}
