// npm install / npm start / npm run dev: migrate, seed, print demo accounts.
import { setupDatabase } from "@/lib/server/seed/setup-database";

setupDatabase()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[briefdeck] database setup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
