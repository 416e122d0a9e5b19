// npm install / npm run db:setup / npm run dev: migrate, seed, print demo accounts.
// .env is read exactly as `next start` reads it, before anything looks at DATABASE_URL.
import "./load-env";

async function main(): Promise<void> {
  const { setupDatabase } = await import("@/lib/server/seed/setup-database");
  await setupDatabase();
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[briefdeck] database setup failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  });
