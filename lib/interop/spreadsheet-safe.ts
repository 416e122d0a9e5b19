const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV-injection advice);
 * `unescapeCell` removes exactly that apostrophe again on import, so our files round-trip.
 */
export function escapeCell(value: string): string {
  return value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.has(value[1]!) ? value.slice(1) : value;
}
