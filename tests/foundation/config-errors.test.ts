import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// An operator's mistake gets one line naming the variable and what is wrong, never a stack trace.
function setup(env: Record<string, string>): { status: number | null; lines: string[] } {
  const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/setup-db.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, lines: result.stderr.split("\n").filter((l) => l.trim() !== "") };
}

describe("bad configuration", () => {
  it.each([
    ["an unknown URL scheme", { DATABASE_URL: "mysql://root@127.0.0.1/briefdeck" }, /DATABASE_URL: unknown scheme "mysql:"/],
    ["an unreachable database", { DATABASE_URL: "postgresql://postgres@127.0.0.1:3499/nothing" }, /DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:3499 \(ECONNREFUSED\)/],
    ["several instances without the server-action key", { DATABASE_URL: "postgresql://postgres@127.0.0.1:3499/x", INSTANCES: "2" }, /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: required when INSTANCES > 1/],
    ["several instances on SQLite", { INSTANCES: "2", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "k".repeat(44) }, /DATABASE_URL: INSTANCES > 1 needs PostgreSQL/],
  ])("%s: one line naming the variable", (_name, env, expected) => {
    const { status, lines } = setup(env);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
