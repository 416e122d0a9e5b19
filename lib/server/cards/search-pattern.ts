import "server-only";

/**
 * A LIKE pattern matching `text` anywhere, lower-cased for a case-insensitive match on both databases
 * (compared against LOWER(column) … ESCAPE '\'): the user's %, _ and \ are escaped, so they match themselves.
 */
export function searchPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
