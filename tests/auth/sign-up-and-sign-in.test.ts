// Through Better Auth's HTTP handler, as the browser would: roles, password policy, generic errors,
// per-account brute-force limit, disabled accounts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { loadViewerByUserId } from "@/lib/server/auth/viewer";
import { SIGN_IN_FAILURE_LIMIT, signInFailureKey } from "@/lib/server/rate-limit/sign-in-limit";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { post, signIn, signUp } from "./support/http";

const PASSWORD = "correct horse battery staple";

describe("sign-up", () => {
  it("never takes the role from the request: role admin in the body stays learner", async () => {
    const res = await signUp("wants-admin@test.dev", PASSWORD, { role: "admin" });
    const user = await db.user.findUnique({ where: { email: "wants-admin@test.dev" } });
    // Better Auth either ignores the field (200) or refuses the request; either way no admin exists.
    if (res.status === 200) expect(user?.role).toBe("learner");
    else expect(user).toBeNull();
    expect(await db.user.count({ where: { role: "admin" } })).toBe(0);
  });

  it("refuses a common password with a friendly message and creates nothing", async () => {
    const res = await signUp("common@test.dev", "password123");
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: "PASSWORD_POLICY" });
    expect(String(res.json.message)).toMatch(/too common/);
    expect(await db.user.count({ where: { email: "common@test.dev" } })).toBe(0);
  });

  it("refuses too-short and too-long passwords and a missing name", async () => {
    expect((await signUp("short@test.dev", "abc12")).status).toBe(400);
    expect((await signUp("long@test.dev", "x".repeat(129))).status).toBe(400);
    expect((await post("/sign-up/email", { email: "noname@test.dev", password: PASSWORD, name: "  " })).status).toBe(400);
    expect(await db.user.count({ where: { email: { in: ["short@test.dev", "long@test.dev", "noname@test.dev"] } } })).toBe(0);
  });

  it("stores a slow scrypt hash, never the password", async () => {
    await signUp("hash@test.dev");
    const account = await db.account.findFirstOrThrow({ where: { user: { email: "hash@test.dev" } } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // Better Auth scrypt salt:key
  });

  it("accepts a second sign-up with the same email? No — and the existing account is untouched", async () => {
    await signUp("taken@test.dev");
    const before = await db.account.findFirstOrThrow({ where: { user: { email: "taken@test.dev" } } });
    const res = await signUp("taken@test.dev", "another long passphrase");
    expect(res.status).toBeGreaterThanOrEqual(400);
    const after = await db.account.findFirstOrThrow({ where: { user: { email: "taken@test.dev" } } });
    expect(after.password).toBe(before.password);
  });
});

describe("sign-in brute force (per account)", () => {
  it("after 10 wrong passwords the 11th attempt — even with the right password — is refused with 429", async () => {
    await signUp("victim@test.dev");
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT.points; i++) {
      expect((await signIn("victim@test.dev", `wrong guess number ${i}`)).status).toBe(401);
    }
    const wrong = await signIn("victim@test.dev", "wrong guess eleven");
    expect(wrong.status).toBe(429);
    expect(String(wrong.json.message)).toMatch(/Too many attempts\. Please wait \d+ minutes?/);
    const right = await signIn("VICTIM@test.dev", PASSWORD);
    expect(right.status).toBe(429);
    expect(right.cookie).toBeNull();
    // Other accounts are unaffected (the limit is per email, not per IP).
    await signUp("bystander@test.dev");
    expect((await signIn("bystander@test.dev", PASSWORD)).status).toBe(200);
  });

  it("once the window passes, the right password works again and clears the count", async () => {
    await signUp("patient@test.dev");
    for (let i = 0; i < SIGN_IN_FAILURE_LIMIT.points; i++) await signIn("patient@test.dev", `nope nope ${i}`);
    expect((await signIn("patient@test.dev", PASSWORD)).status).toBe(429);
    await db.rateLimitBucket.update({ where: { key: signInFailureKey("patient@test.dev") }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await signIn("patient@test.dev", PASSWORD)).status).toBe(200);
    expect(await db.rateLimitBucket.count({ where: { key: signInFailureKey("patient@test.dev") } })).toBe(0);
  });

  it("gives the same answer for an unknown email as for a wrong password", async () => {
    await signUp("known@test.dev");
    const unknown = await signIn("nobody-here@test.dev", "some long password");
    const wrong = await signIn("known@test.dev", "some long password");
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.json.message).toBe(wrong.json.message);
  });
});

describe("disabled accounts", () => {
  it("lose their sessions at once and cannot sign in again", async () => {
    await signUp("admin@test.dev");
    const admin = await db.user.update({ where: { email: "admin@test.dev" }, data: { role: "admin" } });
    const adminViewer = (await loadViewerByUserId(admin.id))!;
    const signedUp = await signUp("to-disable@test.dev");
    expect(signedUp.cookie).toBeTruthy();
    const user = await db.user.findUniqueOrThrow({ where: { email: "to-disable@test.dev" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);

    await setUserDisabled(adminViewer, { userId: user.id, disabled: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await loadViewerByUserId(user.id)).toBeNull();
    const again = await signIn("to-disable@test.dev", PASSWORD);
    expect(again.status).toBe(401);
    expect(again.cookie).toBeNull();

    await setUserDisabled(adminViewer, { userId: user.id, disabled: false });
    expect((await signIn("to-disable@test.dev", PASSWORD)).status).toBe(200);
  });
});

describe("password change", () => {
  it("needs the current password and refuses a common new one", async () => {
    const { cookie } = await signUp("changer@test.dev");
    expect(cookie).toBeTruthy();
    const common = await post("/change-password", { currentPassword: PASSWORD, newPassword: "iloveyou1" }, cookie!);
    expect(common.status).toBe(400);
    expect(common.json).toMatchObject({ code: "PASSWORD_POLICY" });
    const wrongCurrent = await post("/change-password", { currentPassword: "not my password", newPassword: "a brand new passphrase" }, cookie!);
    expect(wrongCurrent.status).toBeGreaterThanOrEqual(400);
    const ok = await post("/change-password", { currentPassword: PASSWORD, newPassword: "a brand new passphrase" }, cookie!);
    expect(ok.status).toBe(200);
    expect((await signIn("changer@test.dev", "a brand new passphrase")).status).toBe(200);
    expect((await signIn("changer@test.dev", PASSWORD)).status).toBe(401);
  });
});
