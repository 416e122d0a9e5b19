// Which database the Vitest run uses: SQLite by default, PostgreSQL with TEST_DATABASE=postgres
// (server at TEST_POSTGRES_URL, default the machine's trust-auth cluster).
export const testProvider: "sqlite" | "postgresql" = process.env.TEST_DATABASE === "postgres" ? "postgresql" : "sqlite";
export const testPostgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The same server as `base` with another database name. */
export function postgresUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
