import { isChromeLine } from "./chrome";
import { findIsoDate } from "./dates";
import { isFullyItalic, parseHeading, stripInlineMarkdown } from "./markdown";
import { hashBody } from "./normalize";
import { isAllCaps, toTitleCase } from "./title-case";

export { splitSentences, type Sentence } from "./split-sentences";

export type IngestedArticle = {
  title: string;
  author: string | null;
  published: string | null; // ISO "YYYY-MM-DD" when the text states a full date
  source: string | null;
  body: string; // paragraphs separated by "\n\n", no chrome, no author bio
  contentHash: string; // sha256 of the whitespace-normalised body
  authorBio?: string | null; // "Sarah K. Yun is the Director of …" kept out of the body
  summary?: string | null; // standfirst/dek under the headline, kept out of the body
  copyrightYear?: number | null; // from a "© …, 2013" line when present
  /**
   * Year to resolve relative dates against when `published` is null: the larger of the © year
   * and the latest past year the body mentions (a © template year can be stale — article 004
   * says © 2013 yet reports events of 2014).
   */
  yearHint?: number | null;
};

type Line = { text: string; blank: boolean };

const TERMINAL_RE = /[.!?:;]["”’')\]]*$/;
const BYLINE_RE = /^by\s+([A-Z][\p{L}.'’\- ]+?)(?:,\s*(?:staff reporter|correspondent|.*(?:reporter|editor|writer)).*)?$/iu;
// "By Ana Ruiz, agriculture correspondent", "By Dr. Lee Kim, professor of history": any short role after the
// name. Only near the top and never a sentence ("By Tuesday, the union had agreed." ends with a full stop).
const BYLINE_WITH_ROLE_RE = /^by\s+([A-Z][\p{L}.'’\- ]+?),\s*[\p{L}'’\- ]+(?:,\s*[\p{L}'’\- ]+)?$/iu;

// "Priya Nair, Economics Correspondent": a byline without "By" names a person and a newsroom role.
const NAME_ROLE_RE = /^([A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+){1,3}),\s*(?:[A-Z][\p{L}-]*\s)*(?:Correspondent|Editor|Reporter|Writer|Columnist|Journalist|Analyst)(?:\s(?:at|for)\s.+)?$/u;

/** `text.split(" ").length` without building the array: the header passes run it on every line of a page. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) n++;
  return n;
}

function cleanLine(raw: string): string {
  return stripInlineMarkdown(raw).replace(/[ \t\u00a0]+/g, " ").trim();
}

function looksLikeName(s: string): boolean {
  return /^(Dr\.\s+)?[A-Z][\p{L}'’\-]+(\s+[A-Z][\p{L}.'’\-]*){0,3}$/u.test(s) && s.split(/\s+/).length <= 5;
}

function detectSource(raw: string): string | null {
  if (/Return to the Peninsula|Register to receive updates from KEI/i.test(raw)) return "Korea Economic Institute – The Peninsula";
  if (/hani\.co\.kr/i.test(raw)) return "The Hankyoreh";
  if (/Institute for Security and Development Policy/i.test(raw) && /Policy Brief/i.test(raw)) return "ISDP Policy Brief";
  // The Diplomat's page layout (headline, dek, byline, date, caption, "Image Credit:" line) is the
  // only signal in that scrape; the site name itself is not printed, so this is an inference.
  if (/^\s*Image Credit:\s*$/im.test(raw)) return "The Diplomat";
  const url = /https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/i.exec(raw);
  return url?.[1] ?? null;
}

function computeYearHint(published: string | null, copyrightYear: number | null, body: string): number | null {
  if (published) return Number(published.slice(0, 4));
  let best = copyrightYear;
  for (const m of body.matchAll(/(?<!\b(?:by|until|through|before)\s)\b(19[5-9]\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  return best;
}

/** Joins hard-wrapped lines (and page-break splits) back into paragraphs. */
function toParagraphs(lines: Line[]): string[] {
  const paras: string[] = [];
  let current = "";
  let blankSince = false;
  for (const line of lines) {
    if (line.blank) {
      blankSince = true;
      continue;
    }
    const text = line.text;
    if (current === "") {
      current = text;
    } else if (!TERMINAL_RE.test(current) && (!blankSince || /^[a-z]/.test(text))) {
      // A line that stops mid-sentence continues on the next line — even across a page break
      // when the continuation starts lowercase ("has further\n\nagreed to lease …").
      current += " " + text;
    } else {
      paras.push(current);
      current = text;
    }
    blankSince = false;
  }
  if (current) paras.push(current);
  return paras;
}

export function ingestArticle(raw: string, opts?: { source?: string; title?: string }): IngestedArticle {
  const normalized = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const rawLines = normalized.split("\n");

  let title: string | null = null;
  let byline: string | null = null;
  let authorField: string | null = null;
  let published: string | null = null;
  let copyrightYear: number | null = null;
  let summary: string | null = null;

  // Pass 1: classify every line; kept lines keep their index so header/body can be split later.
  type Kept = { text: string; blank: boolean; italic: boolean; idx: number };
  const kept: Kept[] = [];
  const metaIdx: number[] = [];
  const counts = new Map<string, number>();
  // Whether a line is page chrome depends on its text alone: a page that repeats one line half a million times
  // (a hostile 1 MB upload) tests it once.
  const chromeSeen = new Map<string, boolean>();
  const chrome = (text: string) => {
    let v = chromeSeen.get(text);
    if (v === undefined) chromeSeen.set(text, (v = isChromeLine(text)));
    return v;
  };
  // Each line is cleaned once: a 1 MB page of one-letter lines has half a million of them.
  const cleaned = rawLines.map(cleanLine);
  for (const t of cleaned) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  let skipNextCredit = false;
  for (let i = 0; i < rawLines.length; i++) {
    const rawLine = rawLines[i] ?? "";
    const text = cleaned[i] ?? "";
    if (text === "") {
      kept.push({ text: "", blank: true, italic: false, idx: i });
      continue;
    }
    if (skipNextCredit) {
      // The line after "Image Credit:" is the credited photographer's name.
      skipNextCredit = false;
      if (!TERMINAL_RE.test(text) && text.split(" ").length <= 6) continue;
    }
    const heading = parseHeading(rawLine);
    if (heading) {
      if (heading.level === 1 && title === null) {
        title = heading.text;
        metaIdx.push(i);
      }
      continue; // section headings are navigation, not sentences
    }
    const copyright = /^(?:©|\(c\)|copyright\b).*?\b(19\d\d|20\d\d)\b/i.exec(text);
    if (copyright) copyrightYear = Number(copyright[1]);
    if (/^image credit:?/i.test(text)) {
      metaIdx.push(i);
      skipNextCredit = /^image credit:?\s*$/i.test(text);
      // The caption sits right above the credit line; drop it if it is not a sentence.
      for (let k = kept.length - 1; k >= 0; k--) {
        const prev = kept[k];
        if (!prev || prev.blank) continue;
        if (!TERMINAL_RE.test(prev.text) && prev.text.split(" ").length <= 12) kept.splice(k, 1);
        break;
      }
      continue;
    }
    const pub = /^published\s*:?\s*(.+)$/i.exec(text);
    if (pub && findIsoDate(pub[1] ?? "")) {
      published ??= findIsoDate(pub[1] ?? "");
      metaIdx.push(i);
      continue;
    }
    if (/^posted on\s*:/i.test(text)) {
      published ??= findIsoDate(text);
      metaIdx.push(i);
      continue;
    }
    const authorM = /^author\s*:\s*(.+)$/i.exec(text);
    if (authorM) {
      authorField = authorM[1]?.trim() ?? null;
      metaIdx.push(i);
      continue;
    }
    // Counted only for a line that opens with "By": counting on every line is quadratic on a 1 MB page.
    const nearTop = /^by\s/i.test(text) && kept.filter((k) => !k.blank).length < 14;
    const words = wordCount(text);
    const by = (words <= 9 ? BYLINE_RE.exec(text) : null) ?? (nearTop && words <= 14 ? BYLINE_WITH_ROLE_RE.exec(text) : null);
    // Only in the first lines of the page, so the check costs nothing further down.
    const nameRole = !by && i < 12 && words <= 10 ? NAME_ROLE_RE.exec(text) : null;
    if (nameRole && looksLikeName(nameRole[1] ?? "")) {
      byline ??= nameRole[1] ?? null;
      metaIdx.push(i);
      continue;
    }
    if (by && looksLikeName(by[1]?.trim() ?? "")) {
      byline ??= by[1]?.trim() ?? null;
      // Only a byline near the top delimits the header; a trailing byline (The Hankyoreh) does not.
      if (nearTop) metaIdx.push(i);
      continue;
    }
    // (A date has digits: the check costs nothing on the half a million one-letter lines of a hostile page.)
    if (text.length <= 30 && /\d/.test(text) && findIsoDate(text) && !/[a-z]{4,}\s+[a-z]{4,}/.test(text.replace(/^[A-Za-z]+/, ""))) {
      published ??= findIsoDate(text);
      metaIdx.push(i);
      continue;
    }
    if (chrome(text)) continue;
    // A line repeated verbatim (image captions are often printed twice) is not prose.
    if ((counts.get(text) ?? 0) > 1 && !TERMINAL_RE.test(text)) continue;
    const italic = isFullyItalic(rawLine);
    if (italic && looksLikeName(text) && title !== null && byline === null && authorField === null) {
      byline = text;
      metaIdx.push(i);
      continue;
    }
    kept.push({ text, blank: false, italic, idx: i });
  }

  // Pass 2: header region = up to the last metadata line found near the top.
  const headerEnd = metaIdx.length > 0 ? Math.max(...metaIdx) : -1;
  const headerLines = kept.filter((k) => !k.blank && k.idx < headerEnd);
  let bodyLines = kept.filter((k) => k.idx > headerEnd);
  // Site names and section labels come first in a page's header; the headline is the last headline-shaped line
  // before the first metadata line (Published…, By…), with at most a standfirst sentence between them.
  const firstMeta = metaIdx.length > 0 ? Math.min(...metaIdx) : -1;
  // An explainer's headline may be a question ("How does a heat pump work?"); a sentence ending in a full stop is a standfirst.
  const headline = headerLines.filter((k) => k.idx < firstMeta && (!TERMINAL_RE.test(k.text) || /\?["”’')\]]*$/.test(k.text)) && k.text.split(" ").length >= 3).pop();
  if (title === null && headline) title = headline.text;
  for (const h of headerLines) {
    if (title === null) title = h.text;
    else if (summary === null && TERMINAL_RE.test(h.text)) summary = h.text;
  }
  if (headerEnd < 0 && title === null) {
    // No metadata at all: a short first line without a full stop is the headline.
    const first = bodyLines.find((k) => !k.blank);
    if (first && !TERMINAL_RE.test(first.text) && wordCount(first.text) <= 16) {
      title = first.text;
      bodyLines = bodyLines.filter((k) => k !== first);
    }
  }
  // Standfirst / captions between the header and the first prose line. A cursor walks past them (no
  // splice per line), so a long run of short lines costs linear time.
  const nextText = (from: number) => {
    let i = from;
    while (i < bodyLines.length && bodyLines[i]?.blank) i++;
    return i;
  };
  let cursor = nextText(0);
  while (cursor < bodyLines.length) {
    const first = bodyLines[cursor]!;
    const next = bodyLines[nextText(cursor + 1)];
    // A fully italic paragraph right under the byline is a standfirst (ISDP briefs).
    const isDek = first.italic && TERMINAL_RE.test(first.text) && summary === null && headerEnd >= 0 && first.idx - headerEnd <= 3;
    const glued = bodyLines[cursor + 1]?.blank !== true;
    const nearHeader = headerEnd >= 0 && first.idx - headerEnd <= 3;
    if (!TERMINAL_RE.test(first.text) && wordCount(first.text) <= 25 && next !== undefined && (glued || nearHeader)) {
      // Headline-like line glued to the next one: a dek or caption, not prose.
      if (summary === null && wordCount(first.text) >= 8) summary = first.text;
      cursor = nextText(cursor + 1);
      continue;
    }
    if (isDek) {
      summary = first.text;
      cursor = nextText(cursor + 1);
      continue;
    }
    break;
  }
  bodyLines = bodyLines.slice(cursor);

  let paragraphs = toParagraphs(bodyLines);

  // Pass 3: trailing author bio ("Sarah K. Yun is the Director of …").
  const author = byline ?? authorField;
  const nameForms = new Set<string>();
  for (const a of [byline, authorField]) {
    if (!a) continue;
    const parts = a.split(/\s+/);
    nameForms.add(a);
    if (parts.length > 1) nameForms.add(`${parts[0]} ${parts[parts.length - 1]}`);
  }
  let authorBio: string | null = null;
  for (let p = paragraphs.length - 1; p >= Math.max(0, paragraphs.length - 3); p--) {
    const para = (paragraphs[p] ?? "").replace(/^Dr\.?\s+/, "");
    const startsWithAuthor = [...nameForms].some((n) => para.startsWith(n + " "));
    const genericBio = nameForms.size === 0 && /^[A-Z][\p{L}.\- ]{3,40} is (?:a|an|the|currently)\b.*\b(?:director|fellow|professor|candidate|researcher|analyst|editor|intern|scholar)\b/iu.test(para);
    if (startsWithAuthor || genericBio) {
      authorBio = paragraphs.slice(p).join("\n\n");
      paragraphs = paragraphs.slice(0, p);
      break;
    }
  }

  const body = paragraphs.join("\n\n");
  let finalTitle = opts?.title ?? title ?? (body.split(/[.!?]/)[0] ?? "").slice(0, 80);
  if (isAllCaps(finalTitle)) finalTitle = toTitleCase(finalTitle);

  return {
    title: finalTitle,
    author,
    published,
    source: opts?.source ?? detectSource(normalized),
    body,
    contentHash: hashBody(body),
    authorBio,
    summary,
    copyrightYear,
    yearHint: computeYearHint(published, copyrightYear, body),
  };
}
