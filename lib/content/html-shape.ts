import { SELF_CLOSING_IN_PRACTICE, VOID } from "./html-elements";

export type HtmlShape = { elements: number; depth: number; children: number; strayLessThans: number; ampersands: number; textChars: number };

const RAW = new Set(["script", "style", "template", "textarea"]);

/**
 * One linear pass over the markup that measures what makes DOM parsing and Readability slow: element count,
 * nesting depth (Readability scores every node against its ancestors: 1,000 nested <div>s take a minute),
 * the most children of one element (linkedom rebuilds childNodes on each access, so wide nodes are quadratic),
 * text outside tags and scripts (Readability re-reads it per candidate), and runs of stray "<" or "&" (one DOM
 * node or entity attempt each). The tag expression cannot run past the next "<" or ">", and every search
 * moves forward, so the pass is linear on any input.
 */
export function htmlShape(html: string): HtmlShape {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let strayLessThans = 0;
  let ampersands = 0;
  let textChars = 0;
  let maxChildren = 0;
  const childCounts: number[] = [0]; // elements seen so far under each open element
  let lower: string | null = null;
  let textFrom = 0;
  // Text between tags: its length, stray "<" and "&". Called once per gap, so each character once.
  const text = (to: number) => {
    textChars += Math.max(0, to - textFrom);
    for (let i = textFrom; i < to; i++) {
      const c = html.charCodeAt(i);
      if (c === 60) strayLessThans++;
      else if (c === 38) ampersands++;
    }
  };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})(?:\s[^<>]*)?(\/?)>|<!--|<![^<>]*>/g;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    text(m.index);
    textFrom = tag.lastIndex;
    if (m[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      textFrom = tag.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    if (m[2] === undefined) continue; // <!doctype …>
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!VOID.has(name) && !SELF_CLOSING_IN_PRACTICE.has(name) && depth > 0) {
        depth--;
        childCounts.pop();
      }
      continue;
    }
    elements++;
    const siblings = (childCounts[childCounts.length - 1] ?? 0) + 1;
    childCounts[childCounts.length - 1] = siblings;
    if (siblings > maxChildren) maxChildren = siblings;
    if (RAW.has(name) && !m[3]) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      textFrom = tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (m[3] || VOID.has(name) || SELF_CLOSING_IN_PRACTICE.has(name)) continue;
    depth++;
    childCounts.push(0);
    if (depth > maxDepth) maxDepth = depth;
  }
  text(html.length);
  return { elements, depth: maxDepth, children: maxChildren, strayLessThans, ampersands, textChars };
}
