import { htmlToText } from "./html-to-text";

/**
 * Just enough of Anki's card-template language to find out what a card asks and answers:
 * `{{Field}}`, `{{filter:Field}}`, `{{type:Field}}`, `{{cloze:Field}}`, `{{FrontSide}}` and the
 * `{{#Field}}…{{/Field}}` / `{{^Field}}…{{/Field}}` conditionals. Parsed by a single forward scan.
 */
type Node =
  | { type: "text"; text: string }
  | { type: "field"; name: string; filters: string[] }
  | { type: "section"; name: string; inverted: boolean; children: Node[] };

export type ParsedTemplate = Node[];

export function parseTemplate(source: string): ParsedTemplate {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: "", children: root }];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf("{{", at);
    if (open < 0) {
      stack[stack.length - 1]!.children.push({ type: "text", text: source.slice(at) });
      break;
    }
    if (open > at) stack[stack.length - 1]!.children.push({ type: "text", text: source.slice(at, open) });
    const close = source.indexOf("}}", open + 2);
    if (close < 0) {
      stack[stack.length - 1]!.children.push({ type: "text", text: source.slice(open) });
      break;
    }
    const tag = source.slice(open + 2, close).trim();
    at = close + 2;
    const top = stack[stack.length - 1]!;
    if (tag.startsWith("#") || tag.startsWith("^")) {
      const section: Node = { type: "section", name: tag.slice(1).trim(), inverted: tag[0] === "^", children: [] };
      top.children.push(section);
      stack.push({ name: section.name, children: section.children });
    } else if (tag.startsWith("/")) {
      // An unmatched close tag is ignored, as Anki renders the rest of the card.
      if (stack.length > 1 && top.name === tag.slice(1).trim()) stack.pop();
    } else if (tag.startsWith("!")) {
      continue; // comment
    } else {
      const parts = tag.split(":");
      const name = parts.pop()!.trim();
      top.children.push({ type: "field", name, filters: parts.map((p) => p.trim().toLowerCase()) });
    }
  }
  return root;
}

export type FieldValues = ReadonlyMap<string, string>;

// Linear, unlike a tag-stripping regex that rescans on every unmatched "<".
const isEmptyHtml = (html: string) => htmlToText(html).text === "";

/**
 * Renders a template to HTML. `onField` lets the caller replace a field (for `type:` and `cloze:`);
 * FrontSide renders as nothing so the back holds only what the answer adds.
 */
export function renderTemplate(nodes: ParsedTemplate, values: FieldValues, onField?: (name: string, filters: string[]) => string | null): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "section") {
      const present = !isEmptyHtml(values.get(node.name) ?? "");
      if (present !== node.inverted) out += renderTemplate(node.children, values, onField);
    } else if (node.name !== "FrontSide") {
      const replaced = onField?.(node.name, node.filters);
      out += replaced ?? values.get(node.name) ?? "";
    }
  }
  return out;
}

/** Field names a template shows (outside conditionals' names), in order, with their filters. */
export function templateFields(nodes: ParsedTemplate): { name: string; filters: string[] }[] {
  const out: { name: string; filters: string[] }[] = [];
  for (const node of nodes) {
    if (node.type === "field" && node.name !== "FrontSide") out.push({ name: node.name, filters: node.filters });
    else if (node.type === "section") out.push(...templateFields(node.children));
  }
  return out;
}

// ---------- cloze ----------

type ClozeNode = { type: "text"; text: string } | { type: "cloze"; ords: number; children: ClozeNode[]; hint: string | null };

/** Splits a cloze field into text and `{{cN::answer::hint}}` parts; clozes may nest, as in Anki 2.1.56+. */
export function parseCloze(text: string): ClozeNode[] {
  const root: ClozeNode[] = [];
  const stack: { node: ClozeNode & { type: "cloze" }; hintStart: number | null }[] = [];
  const target = () => (stack.length ? stack[stack.length - 1]!.node.children : root);
  let buffer = "";
  const flush = () => {
    if (buffer) target().push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("{{c", i)) {
      let j = i + 3;
      while (j < text.length && text[j]! >= "0" && text[j]! <= "9" && j - i < 8) j++;
      if (j > i + 3 && text.startsWith("::", j)) {
        flush();
        const node: ClozeNode & { type: "cloze" } = { type: "cloze", ords: Number(text.slice(i + 3, j)), children: [], hint: null };
        target().push(node);
        stack.push({ node, hintStart: null });
        i = j + 2;
        continue;
      }
    }
    if (stack.length && text.startsWith("::", i) && stack[stack.length - 1]!.hintStart === null) {
      flush();
      stack[stack.length - 1]!.hintStart = stack[stack.length - 1]!.node.children.length;
      i += 2;
      continue;
    }
    if (stack.length && text.startsWith("}}", i)) {
      flush();
      const { node, hintStart } = stack.pop()!;
      if (hintStart !== null) {
        node.hint = node.children.slice(hintStart).map(plainOf).join("");
        node.children = node.children.slice(0, hintStart);
      }
      i += 2;
      continue;
    }
    buffer += text[i]!;
    i++;
  }
  flush();
  // Unclosed clozes keep their text, as Anki shows them.
  return root;
}

function plainOf(node: ClozeNode): string {
  return node.type === "text" ? node.text : node.children.map(plainOf).join("");
}

export function clozeNumbers(nodes: ClozeNode[], into = new Set<number>()): Set<number> {
  for (const node of nodes) {
    if (node.type === "cloze") {
      into.add(node.ords);
      clozeNumbers(node.children, into);
    }
  }
  return into;
}

export const CLOZE_BLANK = "_____";

/** The question side for cloze `ord` (its text blanked, with the hint), and the answers it hides. */
export function renderCloze(nodes: ClozeNode[], ord: number): { question: string; answers: string[] } {
  const answers: string[] = [];
  const walk = (list: ClozeNode[]): string =>
    list
      .map((node) => {
        if (node.type === "text") return node.text;
        if (node.ords === ord) {
          answers.push(node.children.map(plainOf).join(""));
          return node.hint ? `${CLOZE_BLANK} (${node.hint})` : CLOZE_BLANK;
        }
        return walk(node.children);
      })
      .join("");
  return { question: walk(nodes), answers };
}
