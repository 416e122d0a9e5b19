import { foldText, stripLeadingArticle } from "./normalize";

/**
 * "Indonesia and Singapore" / "Singapore, Indonesia" → items. Splits on commas
 * (not digit-group commas like "5,000"), semicolons, "&", "and". Leading
 * articles are dropped per item ("the US and the UK").
 */
export function splitList(answer: string): string[] {
  return foldText(answer)
    .split(/,(?!\d{3}(?!\d))|;|&|\band\b/)
    .map((item) => stripLeadingArticle(item.trim()))
    .filter((item) => /[\p{L}\p{N}]/u.test(item));
}
