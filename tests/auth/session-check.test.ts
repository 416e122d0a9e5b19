// The per-request session check (loadRequestViewer) against cookies Better Auth itself set: accepted when
// genuine, refused when tampered, and every revocation (sign-out, password change, disabling, role change)
// visible on the very next request. The expiry refresh goes through Better Auth and writes once, not per request.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { auth } from "@/lib/server/auth/auth";
import { loadRequestViewer } from "@/lib/server/auth/load-request-viewer";
import { loadViewerByUserId } from "@/lib/server/auth/viewer";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { post, signIn, signUp } from "./support/http";

const PASSWORD = "correct horse battery staple";
const withCookie = (cookie: string) => new Headers({ cookie });

async function signedUp(email: string): Promise<{ cookie: string; userId: string }> {
  const res = await signUp(email, PASSWORD);
  expect(res.status).toBe(200);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { cookie: res.cookie!, userId: user.id };
}

async function makeAdmin(): Promise<string> {
  const { userId } = await signedUp(`admin-${Math.random().toString(36).slice(2)}@test.dev`);
  await db.user.update({ where: { id: userId }, data: { role: "admin" } });
  return userId;
}

describe("session check", () => {
  it("accepts the cookie Better Auth set and returns the whole viewer from one query", async () => {
    const { cookie, userId } = await signedUp("fresh@test.dev");
    await db.user.update({ where: { id: userId }, data: { timeZone: "Europe/Berlin", dayStartHour: 5, desiredRetention: 0.85, maximumInterval: 400, newCardsPerDay: 12 } });
    expect(await loadRequestViewer(withCookie(cookie))).toEqual(await loadViewerByUserId(userId));
    expect(await loadRequestViewer(withCookie(`other=1; ${cookie}; theme=dark`))).toMatchObject({ id: userId, timeZone: "Europe/Berlin", dayStartHour: 5 });
  });

  it("refuses no cookie, a forged signature, a foreign secret's signature and a bare token", async () => {
    const { cookie } = await signedUp("forger@test.dev");
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1))];
    const token = value.slice(0, value.lastIndexOf("."));
    const signature = value.slice(value.lastIndexOf(".") + 1);
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    expect(await loadRequestViewer(new Headers())).toBeNull();
    expect(await loadRequestViewer(withCookie(`${name}=${encodeURIComponent(`${token}.${flipped}`)}`))).toBeNull();
    expect(await loadRequestViewer(withCookie(`${name}=${token}`))).toBeNull();
    expect(await loadRequestViewer(withCookie(`${name}=${encodeURIComponent(`${token}.`)}`))).toBeNull();
    // The same token signed with another secret.
    const { makeSignature } = await import("better-auth/crypto");
    const foreign = await makeSignature(token, "not-the-secret-not-the-secret-not-the-secret");
    expect(await loadRequestViewer(withCookie(`${name}=${encodeURIComponent(`${token}.${foreign}`)}`))).toBeNull();
    // An unknown token with a valid signature (a deleted session) is refused by the database read.
    const ghost = "ghost-token-ghost-token-ghost-tok";
    const signed = await makeSignature(ghost, (await auth.$context).secret);
    expect(await loadRequestViewer(withCookie(`${name}=${encodeURIComponent(`${ghost}.${signed}`)}`))).toBeNull();
  });

  it("signing out takes effect on the next request", async () => {
    const { cookie } = await signedUp("leaver@test.dev");
    expect(await loadRequestViewer(withCookie(cookie))).not.toBeNull();
    expect((await post("/sign-out", {}, cookie)).status).toBe(200);
    expect(await loadRequestViewer(withCookie(cookie))).toBeNull();
  });

  it("a password change that revokes other sessions signs the other tab out at once", async () => {
    const { cookie: first } = await signedUp("rotator@test.dev");
    const second = (await signIn("rotator@test.dev", PASSWORD)).cookie!;
    const changed = await post("/change-password", { currentPassword: PASSWORD, newPassword: "a brand new passphrase", revokeOtherSessions: true }, first);
    expect(changed.status).toBe(200);
    expect(await loadRequestViewer(withCookie(second))).toBeNull();
  });

  it("disabling a user and changing their role take effect on the next request", async () => {
    const adminId = await makeAdmin();
    const admin = (await loadViewerByUserId(adminId))!;
    const { cookie, userId } = await signedUp("governed@test.dev");
    expect((await loadRequestViewer(withCookie(cookie)))?.role).toBe("learner");
    await setUserRole(admin, { userId, role: "instructor" });
    expect((await loadRequestViewer(withCookie(cookie)))?.role).toBe("instructor");
    // Disabled even if a session row were left behind: the query itself refuses disabled users.
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await loadRequestViewer(withCookie(cookie))).toBeNull();
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
    await setUserDisabled(admin, { userId, disabled: true });
    expect(await loadRequestViewer(withCookie(cookie))).toBeNull();
  });

  it("an expired session is refused (and Better Auth removes it)", async () => {
    const { cookie, userId } = await signedUp("expired@test.dev");
    await db.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadRequestViewer(withCookie(cookie))).toBeNull();
    expect(await db.session.count({ where: { userId } })).toBe(0);
  });

  it("reads never write; a session due for refresh is extended once by Better Auth, then read-only again", async () => {
    const { cookie, userId } = await signedUp("steady@test.dev");
    const before = await db.session.findFirstOrThrow({ where: { userId } });
    for (let i = 0; i < 5; i++) expect(await loadRequestViewer(withCookie(cookie))).not.toBeNull();
    expect(await db.session.findFirstOrThrow({ where: { userId } })).toEqual(before);

    const { sessionConfig } = await auth.$context;
    // Set the expiry as if the session had been refreshed just over updateAge ago.
    const due = new Date(Date.now() + (sessionConfig.expiresIn - sessionConfig.updateAge - 60) * 1000);
    await db.session.update({ where: { id: before.id }, data: { expiresAt: due } });
    expect(await loadRequestViewer(withCookie(cookie))).toMatchObject({ id: userId });
    const refreshed = await db.session.findFirstOrThrow({ where: { userId } });
    expect(refreshed.expiresAt.getTime()).toBeGreaterThan(due.getTime() + 50_000);
    for (let i = 0; i < 3; i++) expect(await loadRequestViewer(withCookie(cookie))).not.toBeNull();
    expect(await db.session.findFirstOrThrow({ where: { userId } })).toEqual(refreshed);
  });
});
