import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

// Runs before each test file's imports: a fresh migrated SQLite file, so files never share state.
const file = path.join(inject("tempDir"), `${randomUUID()}.db`);
copyFileSync(inject("templateDatabase"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_RATE_LIMIT = process.env.AUTH_RATE_LIMIT ?? "off";
