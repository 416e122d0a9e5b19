// Element classes shared by the DOM walk (html-to-text.ts) and the streaming fallback (html-fallback-text.ts).

/** Elements whose content is never article prose. */
export const NON_PROSE = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "figcaption", "button", "select", "textarea", "title"]);

/** Page chrome, recognised by role rather than by site. */
export const CHROME = new Set(["nav", "header", "footer", "aside", "form", "menu", "dialog"]);

/** Elements that start a new paragraph. */
export const BLOCK = new Set([
  "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "pre",
  "figure", "address", "hr", "body", "center", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6",
]);

/** Elements that never have content (no closing tag). */
export const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Elements whose end tag is usually omitted, so they do not deepen the tree. */
export const SELF_CLOSING_IN_PRACTICE = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "colgroup"]);
