/** Link to a sentence inside its article: the article page highlights it and scrolls to it. */
export function articleSourceHref(articleId: string, start: number | null, end: number | null): string {
  return start !== null && end !== null && end > start ? `/articles/${articleId}?s=${start}-${end}#source` : `/articles/${articleId}`;
}
