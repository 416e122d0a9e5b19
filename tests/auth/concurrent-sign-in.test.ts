import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { SIGN_IN_FAILURE_LIMIT, signInFailureKey } from "@/lib/server/rate-limit/sign-in-limit";
import { post, signIn, signUp } from "./support/http";

const PASSWORD = "correct horse battery staple";

// Issue 17 item 5: the limiter used to check the count before the attempt and add to it afterwards,
// so 30 attempts sent at once all passed the check, and the right password at position 20 got in.
describe("concurrent sign-ins against one account", () => {
  it.each([1, 2, 3])("30 at once with the right password at position 20: refused, and only 10 passwords are ever tried (trial %i)", async (trial) => {
    const email = `burst-${trial}@test.dev`;
    expect((await signUp(email, PASSWORD)).status).toBe(200);
    await db.session.deleteMany({});
    const attempts = Array.from({ length: 30 }, (_, i) => signIn(email, i === 19 ? PASSWORD : `wrong guess ${trial}-${i}`));
    const results = await Promise.all(attempts);
    expect(results[19]!.status).not.toBe(200);
    expect(results.filter((r) => r.status === 200)).toHaveLength(0);
    // Exactly the first `points` reservations were allowed to try a password; the rest were refused unseen.
    expect(results.filter((r) => r.status === 401)).toHaveLength(SIGN_IN_FAILURE_LIMIT.points);
    expect(results.filter((r) => r.status === 429)).toHaveLength(30 - SIGN_IN_FAILURE_LIMIT.points);
    expect(await db.session.count()).toBe(0);
  });

  it("a malformed attempt does not use up the account's allowance", async () => {
    const email = "careful@test.dev";
    expect((await signUp(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 12; i++) expect((await post("/sign-in/email", { email, password: 12345 })).status).toBe(400);
    const bucket = await db.rateLimitBucket.findUnique({ where: { key: signInFailureKey(email) } });
    expect(bucket?.points ?? 0).toBeLessThanOrEqual(0);
    expect((await signIn(email, PASSWORD)).status).toBe(200);
  });
});
