// Paired blind read: merges the sheets two or more generator versions wrote for the same articles (make-sheets.ts)
// into one sheet per article, shuffled and unmarked, so a reader judges every version's questions side by side
// without knowing which wrote which. A question two versions write identically appears once. The key (which
// versions wrote each question, in sheet order) goes to a separate file the readers never see.
// Usage: tsx tests/generator/blind-read/merge-sheets.ts --out DIR --key FILE --seed N LABEL=DIR LABEL=DIR ...
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom as seeded } from "@/lib/random/seeded-random";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The question blocks of a sheet, each without its "## Qn …" heading: kind, then everything up to the next heading. */
function blocks(sheet: string): Array<{ kind: string; text: string }> {
  return sheet
    .split(/^## Q\d+[^\n]*— /m)
    .slice(1)
    .map((b) => {
      const nl = b.indexOf("\n");
      return { kind: b.slice(0, nl).trim(), text: b.slice(nl).trim() };
    });
}

const out = arg("--out");
const keyFile = arg("--key");
const seed = Number(arg("--seed") ?? "11");
if (!out || !keyFile) throw new Error("usage: merge-sheets.ts --out DIR --key FILE --seed N LABEL=DIR ...");
const sources = process.argv.slice(2).filter((a) => /^[\w-]+=/.test(a)).map((a) => ({ label: a.slice(0, a.indexOf("=")), dir: a.slice(a.indexOf("=") + 1) }));
mkdirSync(out, { recursive: true });
const random = seeded(seed);
const key: Record<string, string[][]> = {};
const names = [...new Set(sources.flatMap((s) => readdirSync(s.dir).filter((f) => f.endsWith(".questions.md")).map((f) => f.replace(/\.questions\.md$/, ""))))].sort();
for (const name of names) {
  const merged = new Map<string, { kind: string; text: string; labels: string[] }>();
  for (const { label, dir } of sources) {
    const file = path.join(dir, `${name}.questions.md`);
    if (!existsSync(file)) continue;
    for (const b of blocks(readFileSync(file, "utf8"))) {
      const seen = merged.get(b.text);
      if (seen) seen.labels.push(label);
      else merged.set(b.text, { ...b, labels: [label] });
    }
  }
  const items = [...merged.values()];
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  const lines = [`# Questions generated from “${name}”`, "", `${items.length} questions.`, ""];
  items.forEach((q, n) => lines.push(`## Q${n + 1} — ${q.kind}`, "", q.text, ""));
  writeFileSync(path.join(out, `${name}.questions.md`), lines.join("\n"));
  const article = sources.map((s) => path.join(s.dir, `${name}.article.txt`)).find((f) => existsSync(f));
  if (article) writeFileSync(path.join(out, `${name}.article.txt`), readFileSync(article, "utf8"));
  key[name] = items.map((q) => q.labels);
}
writeFileSync(keyFile, JSON.stringify(key) + "\n");
console.log(names.map((n) => `${n}\t${key[n]?.length ?? 0}`).join("\n"));
