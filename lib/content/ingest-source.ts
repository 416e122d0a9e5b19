import { htmlToText } from "./html-to-text";
import { ingestArticle, type IngestedArticle } from "./ingest-article";

export type SourceFormat = "text" | "markdown" | "html";

/** Pasted or uploaded text, Markdown or HTML → an ingested article. HTML is also recognised by its first tag. */
export function ingestSource(text: string, format: SourceFormat): IngestedArticle {
  const html = format === "html" || /^\s*<(?:!doctype|html|head|body|article|main|p|div)\b/i.test(text);
  return ingestArticle(html ? htmlToText(text) : text);
}
