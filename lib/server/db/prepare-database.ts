import pg from "pg";
import { databaseProvider, redactDatabaseUrl } from "@/lib/database-url";

/**
 * Before migrating: make sure the database named by DATABASE_URL can be reached, creating an empty
 * PostgreSQL database on first start (as SQLite creates its file). Every failure is one line that
 * names the variable and what is wrong, not a driver stack.
 */
export async function prepareDatabase(url: string): Promise<void> {
  if (databaseProvider(url) !== "postgresql") return;
  try {
    await ping(url);
  } catch (error) {
    if (codeOf(error) !== "3D000") throw new Error(describe(error, url));
    await createDatabase(url);
  }
}

async function ping(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {}); // reported through connect()'s rejection
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    console.log(`[briefdeck] created PostgreSQL database "${name}"`);
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (codeOf(error) !== "42P04") {
      throw new Error(`DATABASE_URL: database "${name}" does not exist and could not be created (${describe(error, url)})`);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function describe(error: unknown, url: string): string {
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}`;
    } catch {
      return redactDatabaseUrl(url);
    }
  })();
  const user = (() => {
    try {
      return decodeURIComponent(new URL(url).username) || "(none)";
    } catch {
      return "(unknown)";
    }
  })();
  const code = codeOf(error);
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ETIMEDOUT" || /timeout/i.test(message)) {
    return `DATABASE_URL: cannot reach PostgreSQL at ${where} (${code ?? message})`;
  }
  if (code === "28P01" || code === "28000") return `DATABASE_URL: PostgreSQL at ${where} refused user "${user}" (${message})`;
  if (code === "3D000") return `DATABASE_URL: ${message}`;
  return `DATABASE_URL: PostgreSQL at ${where}: ${message}`;
}
