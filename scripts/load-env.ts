// Import first in every script: reads .env, .env.local, .env.production… exactly as `next start`
// does (@next/env), so a DATABASE_URL set there reaches setup and the app alike.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
