import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/** OWASP ASVS 2.1: length 8–128, any characters, no composition rules, not a known-common password. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  // Read once per process; lower-cased so "Password1" and "password1" are both refused.
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "content", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** Returns a friendly reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: unknown, context: { email?: string; name?: string } = {}): string | null {
  if (typeof password !== "string" || password.length === 0) return "Enter a password.";
  // Code points, so an emoji counts as one character like the person sees it.
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lower = password.trim().toLowerCase();
  if (commonPasswords().has(lower)) return "That password is too common and easy to guess. Try a few unrelated words.";
  const email = context.email?.trim().toLowerCase();
  if (email && (lower === email || lower === email.split("@")[0])) return "Don’t use your email address as your password.";
  if (new Set(lower).size === 1) return "That password is too easy to guess. Try a few unrelated words.";
  return null;
}
