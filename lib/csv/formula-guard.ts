// OWASP CSV injection: a spreadsheet runs a cell that starts with = + - @ (or tab / carriage return, which some
// strip before looking) as a formula. The writer prefixes such text with an apostrophe, which spreadsheets show
// as text. Text that already starts with apostrophes before one of those characters gets one more, so that the
// reader can take exactly one off and every string round-trips.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as it must be written: formula-like text gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** The inverse of guardFormula, for the CSV reader. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
