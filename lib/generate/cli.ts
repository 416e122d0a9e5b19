import { readFileSync, statSync } from "node:fs";
import { ingestArticle, splitSentences } from "@/lib/content/ingest-article";
import { generateQuestions } from "./index";

export const MAX_INPUT_BYTES = 1024 * 1024;

export type CliResult = { code: 0 | 1; stdout: string; stderr: string };

const fail = (msg: string): CliResult => ({ code: 1, stdout: "", stderr: `${msg}\n` });

/** Heuristic binary check: NUL bytes or many control characters / invalid UTF-8 sequences. */
export function looksBinary(buf: Buffer): boolean {
  if (buf.includes(0)) return true;
  const text = buf.toString("utf8");
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad > Math.max(2, text.length * 0.01);
}

/**
 * The whole CLI as a pure function so tests can run it without spawning a process:
 * argv = the arguments after the script name. Output is one JSON object or one stderr line.
 */
export function runCli(argv: string[]): CliResult {
  const flags = argv.filter((a) => a.startsWith("--") && a !== "--");
  const unknown = flags.find((f) => f !== "--confident");
  if (unknown) return fail(`unknown option ${unknown}; usage: generate [--confident] <article.txt>`);
  const file = argv.find((a) => !a.startsWith("--"));
  if (!file) return fail("usage: generate [--confident] <article.txt>");
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return fail(`not a file: ${file}`);
    size = st.size;
  } catch {
    return fail(`file not found: ${file}`);
  }
  if (size > MAX_INPUT_BYTES) return fail(`file too large (${size} bytes, limit ${MAX_INPUT_BYTES}): ${file}`);
  const buf = readFileSync(file);
  if (buf.toString("utf8").trim() === "") return fail(`file is empty: ${file}`);
  if (looksBinary(buf)) return fail(`file looks binary, expected UTF-8 text: ${file}`);
  const article = ingestArticle(buf.toString("utf8"));
  // A "sentence" here must contain at least a few words; a list of bare tokens is not an article.
  const sentences = splitSentences(article.body).filter((s) => s.text.split(/\s+/).length >= 4);
  if (sentences.length === 0) return fail(`no sentences found in: ${file}`);
  const mode = flags.includes("--confident") ? "confident" : "comprehensive";
  const questions = generateQuestions(article, { mode }).map((q) => ({
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: q.acceptedAnswers,
    ...(q.kind === "multiple_choice" ? { choices: q.choices } : {}),
    source: q.source,
    tags: q.tags,
    score: q.score,
  }));
  const out = {
    article: { title: article.title, author: article.author, published: article.published, source: article.source },
    questions,
  };
  return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: "" };
}
