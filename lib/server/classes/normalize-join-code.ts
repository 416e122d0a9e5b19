/** What a learner typed → the stored form: upper case, spaces and dashes dropped. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
