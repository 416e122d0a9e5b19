import { databaseProvider, type DatabaseProvider, resolveDatabaseUrl } from "@/lib/database-url";

/** The database DATABASE_URL names (after .env), or one line naming the variable and the process exits. */
export function configuredDatabase(command: string): { url: string; provider: DatabaseProvider } {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  try {
    return { url, provider: databaseProvider(url) };
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exit(1);
  }
}
