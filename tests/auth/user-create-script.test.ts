import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";

// The real script in a child process against this file's database.
function run(...args: string[]) {
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/user-create.ts", ...args], {
    env: { ...process.env, AUTH_RATE_LIMIT: "off" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

describe("npm run user:create", () => {
  it("creates an admin whose password works, with no leftover session", async () => {
    const r = run("--role", "admin", "--email", "Ada@Example.test", "--name", "Ada", "--password", "a long admin passphrase");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Created admin ada@example\.test \(/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" }, include: { sessions: true, accounts: true } });
    expect(user.role).toBe("admin");
    expect(user.sessions).toHaveLength(0);
    expect(user.accounts[0]?.password).not.toContain("a long admin passphrase");
  }, 60_000);

  it("fails with one-line errors for bad arguments, a common password or a taken email", async () => {
    const bad = run("--role", "boss", "--email", "nope");
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^user:create: --role must be learner, instructor or admin; --email must be an email address/);

    const common = run("--role", "learner", "--email", "c@example.test", "--name", "C", "--password", "qwerty123");
    expect(common.code).toBe(1);
    expect(common.stderr).toBe("user:create: That password is too common and easy to guess. Try a few unrelated words.");

    const unknownFlag = run("--rol", "admin");
    expect(unknownFlag.code).toBe(1);
    expect(unknownFlag.stderr.split("\n")).toHaveLength(1);

    run("--role", "learner", "--email", "twice@example.test", "--name", "T", "--password", "a long learner passphrase");
    const twice = run("--role", "admin", "--email", "twice@example.test", "--name", "T", "--password", "a long learner passphrase");
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already exists/);
    expect((await db.user.findUniqueOrThrow({ where: { email: "twice@example.test" } })).role).toBe("learner");
  }, 120_000);
});
