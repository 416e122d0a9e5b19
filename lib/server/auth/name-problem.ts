/** The longest display name; the same on sign-up, the account page and Better Auth's update-user. */
export const NAME_MAX = 80;

/**
 * Why a display name is refused, or null when it is fine: it must be text, non-blank after trimming, at most
 * NAME_MAX characters and valid Unicode (a lone surrogate cannot be stored). Every path that sets a user's name
 * checks it with this one rule.
 */
export function nameProblem(value: unknown): string | null {
  if (typeof value !== "string") return "Enter your name.";
  const name = value.trim();
  if (!name) return "Enter your name.";
  if (name.length > NAME_MAX) return `Use at most ${NAME_MAX} characters.`;
  if (!name.isWellFormed()) return "Use ordinary characters only.";
  return null;
}
