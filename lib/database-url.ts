import path from "node:path";

/** Default embedded database: a git-ignored SQLite file under data/. Relative file: URLs resolve from the repo root. */
export function resolveDatabaseUrl(raw: string | undefined, root = process.cwd()): string {
  const value = raw && raw.trim() !== "" ? raw.trim() : "file:./data/briefdeck.db";
  if (!value.startsWith("file:")) return value;
  const filePath = value.slice("file:".length);
  return "file:" + (path.isAbsolute(filePath) ? filePath : path.resolve(root, filePath));
}

export function databaseFilePath(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}
