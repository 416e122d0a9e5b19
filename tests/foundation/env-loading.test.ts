import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

// `next start` reads .env, .env.production and .env.local; the scripts (npm start, db:setup, user:create)
// and the Prisma CLI must see the same values, or setup migrates one database and the app serves another.
test("scripts read .env files exactly as next start does, and the real environment wins", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "briefdeck-env-"));
  writeFileSync(path.join(dir, ".env"), "DATABASE_URL=file:./from-dotenv.db\nBRIEFDECK_A=env\nBRIEFDECK_B=env\n");
  writeFileSync(path.join(dir, ".env.production"), "BRIEFDECK_B=production\n");
  writeFileSync(path.join(dir, ".env.local"), "BRIEFDECK_C=local\n");
  writeFileSync(
    path.join(dir, "probe.mts"),
    `import ${JSON.stringify(path.resolve("scripts/load-env.ts"))};\nconsole.log(JSON.stringify([process.env.DATABASE_URL, process.env.BRIEFDECK_A, process.env.BRIEFDECK_B, process.env.BRIEFDECK_C]));\n`,
  );
  const run = (env: NodeJS.ProcessEnv) =>
    JSON.parse(execFileSync(path.resolve("node_modules/.bin/tsx"), ["probe.mts"], { cwd: dir, env, encoding: "utf8" }).trim().split("\n").pop()!) as string[];
  const clean = { PATH: process.env.PATH, HOME: process.env.HOME } as unknown as NodeJS.ProcessEnv;
  expect(run(clean)).toEqual(["file:./from-dotenv.db", "env", "production", "local"]);
  expect(run({ ...clean, DATABASE_URL: "postgresql://x@h/db" })[0]).toBe("postgresql://x@h/db");
});
