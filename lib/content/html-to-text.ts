import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BLOCK, CHROME, NON_PROSE } from "./html-elements";
import { htmlFallbackText } from "./html-fallback-text";
import { htmlShape } from "./html-shape";

// Beyond these, linkedom and Readability take seconds to minutes (Readability scores every node against all
// its ancestors, linkedom makes one node per stray "<"); such a page is no ordinary article, and the linear
// fallback reads it instead. A news page has 500–2,000 elements, a depth of 15–30 and under 100 KB of text.
const LIMITS = { elements: 2_000, depth: 40, children: 400, strayLessThans: 1_000, ampersands: 10_000, textChars: 100_000 } as const;

type Walkable = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Walkable> };

/**
 * Block-aware text of a DOM subtree: blocks become paragraphs, <br> a line break, headings "## Heading" lines
 * (ingestion treats headings as navigation, not prose). Iterative, so nesting cannot overflow the stack.
 */
function textOf(root: Walkable, dropChrome: boolean): string {
  const out: string[] = [];
  const stack: (Walkable | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.push((item.textContent ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const name = item.nodeName.toLowerCase();
    if (NON_PROSE.has(name) || (dropChrome && CHROME.has(name))) continue;
    if (name === "br") {
      out.push("\n");
      continue;
    }
    const level = /^h([1-6])$/.exec(name)?.[1];
    const block = BLOCK.has(name);
    if (block) stack.push("\n\n");
    else if (name === "td" || name === "th") stack.push(" ");
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (level) stack.push(`\n\n${"#".repeat(Math.max(2, Number(level)))} `);
    else if (block) stack.push("\n\n");
  }
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function oneLine(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The markup without comments and script/style bodies, which are never prose and which Readability would
 * otherwise serialise and re-parse on every retry. Linear: each search starts where the last one ended.
 */
function withoutRawText(html: string): string {
  const lower = html.toLowerCase();
  const open = /<(script|style|template|noscript|textarea)\b[^<>]*>|<!--/gi;
  const kept: string[] = [];
  let from = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    kept.push(html.slice(from, m.index));
    const close = m[1] ? `</${m[1].toLowerCase()}` : "-->";
    const end = lower.indexOf(close, open.lastIndex);
    from = open.lastIndex = end < 0 ? html.length : m[1] ? end : end + 3;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

function readable(html: string): { title: string; byline: string; body: string } {
  const markup = withoutRawText(html);
  const page = /<html[\s>]/i.test(markup) ? markup : `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  const { document } = parseHTML(page);
  // The page's own headline beats <title>, which usually carries the site name ("Story | Site").
  const headline = oneLine(document.querySelector("h1")?.textContent);
  try {
    const article = new Readability(document as unknown as Document, {
      maxElemsToParse: LIMITS.elements,
      serializer: (node) => textOf(node as unknown as Walkable, false),
    }).parse();
    if (article?.content?.trim()) {
      return { title: headline || oneLine(article.title), byline: oneLine(article.byline).replace(/^by\s+/i, ""), body: article.content };
    }
  } catch {
    // A page Readability cannot handle still gets the plain walk below.
  }
  const fresh = parseHTML(page).document;
  return { title: headline || oneLine(fresh.querySelector("title")?.textContent), byline: "", body: textOf((fresh.body ?? fresh) as unknown as Walkable, true) };
}

/**
 * An uploaded or pasted HTML page → the article's plain text for ingestion. Readability (Firefox Reader View)
 * finds the article and drops the page chrome by general means (text and link density, class and role
 * hints); linkedom parses the page without a browser and decodes every entity, invalid ones (&#x110000;) to
 * U+FFFD. The title comes first as "# Title", a short byline as "By …". Pages beyond LIMITS take the linear
 * fallback, so no input can hold the generator for long.
 */
export function htmlToText(html: string): string {
  const shape = htmlShape(html);
  const ordinary = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).every((k) => shape[k] <= LIMITS[k]);
  if (!ordinary) return htmlFallbackText(html);

  const { title, byline, body } = readable(html);
  const parts: string[] = [];
  if (title) parts.push(`# ${title}`);
  const statesByline = /^by\s/im.test(body.split("\n\n").slice(0, 4).join("\n"));
  if (byline && !statesByline && byline.split(" ").length <= 6) parts.push(`By ${byline}`);
  // A heading that repeats the title is not a section of the article.
  parts.push(body.replace(/^#{2,6} (.*)$/m, (line, text: string) => (oneLine(text) === title ? "" : line)).trim());
  return parts.filter(Boolean).join("\n\n");
}
