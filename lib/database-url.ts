import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

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

/** Which database a URL names; an operator's typo gets one line naming the variable, not a driver stack. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new Error(
    `DATABASE_URL: unknown scheme ${scheme ? `"${scheme}:"` : `in "${url.slice(0, 40)}"`}; use file:./path.db (SQLite) or postgresql://user@host:5432/db`,
  );
}

/** The URL with its password masked, for log lines. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
