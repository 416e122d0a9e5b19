import "server-only";

/** A LIKE pattern matching `text` anywhere; the user's %, _ and \ are escaped (ESCAPE '\'), so they match themselves. */
export function searchPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
