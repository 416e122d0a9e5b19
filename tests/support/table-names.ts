import { db } from "@/lib/server/db/client";
import { testProvider } from "./test-database";

/** The app's tables (not Prisma's bookkeeping), sorted, on either database. */
export async function tableNames(): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    testProvider === "postgresql"
      ? "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_prisma\\_%' ORDER BY 1"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' ORDER BY name",
  );
  return rows.map((r) => r.name);
}

/** Deletes every row of every table, foreign keys notwithstanding. */
export async function deleteAllRows(): Promise<void> {
  const tables = await tableNames();
  if (testProvider === "postgresql") {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
    return;
  }
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  try {
    for (const name of tables) await db.$executeRawUnsafe(`DELETE FROM "${name}"`);
  } finally {
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
}
