import { decodeEntities } from "./decode-entities";
import { BLOCK, CHROME, NON_PROSE, VOID } from "./html-elements";

const RAW_TEXT = new Set(["script", "style", "textarea", "title", "noscript", "template"]);

/**
 * Text of an HTML page in one forward pass, for pages too large or too deeply nested for a DOM and
 * Readability (see html-shape.ts). Every search moves forward from where the previous one stopped, so the
 * time is linear whatever the input; page chrome (nav, header, footer, aside, forms) is dropped by element.
 */
export function htmlFallbackText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let skip = 0; // depth inside non-prose or chrome elements
  let i = 0;
  const tagName = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})/;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? html.length : lt;
    if (skip === 0 && textEnd > i) out.push(html.slice(i, textEnd));
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = tagName.exec(html.slice(lt, lt + 34));
    if (!m) {
      // "<!doctype", "<?xml" are skipped to their ">"; a lone "<" is text.
      if (html[lt + 1] === "!" || html[lt + 1] === "?") {
        const gt = html.indexOf(">", lt);
        i = gt < 0 ? html.length : gt + 1;
      } else {
        if (skip === 0) out.push("<");
        i = lt + 1;
      }
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt < 0) break; // an unfinished tag at the end: dropped, as browsers do
    i = gt + 1;
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    const selfClosed = html[gt - 1] === "/";
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (NON_PROSE.has(name) || CHROME.has(name)) {
      if (!VOID.has(name) && !selfClosed) skip = Math.max(0, skip + (closing ? -1 : 1));
      continue;
    }
    if (skip > 0) continue;
    if (name === "br") out.push("\n");
    else if (BLOCK.has(name)) {
      const level = /^h([1-6])$/.exec(name)?.[1];
      out.push(!closing && level ? `\n\n${"#".repeat(Number(level))} ` : "\n\n"); // "# Title" for <h1>
    } else if (name === "td" || name === "th") out.push(" ");
  }
  return decodeEntities(out.join(""))
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
