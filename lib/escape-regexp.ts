/** Text to match literally inside a RegExp built from it ("C$612m", "(Reuters)" and "St. Louis" have metacharacters). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
