import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { loadViewerByUserId, type Viewer } from "@/lib/server/auth/viewer";
import { setUserDisabledAction, setUserRoleAction } from "@/app/admin/actions";
import { updateStudySettingsAction, updateProfileAction } from "@/app/account/actions";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/server/users/list-users";

let admin: Viewer;
let learner: Viewer;

beforeAll(async () => {
  await db.user.create({ data: { id: "adm", name: "Ada Admin", email: "ada@admin.test", role: "admin" } });
  await db.user.create({ data: { id: "lrn", name: "Lou Learner", email: "lou@learner.test" } });
  await db.user.createMany({
    data: Array.from({ length: 45 }, (_, i) => ({ id: `u${i}`, name: `Person ${i}`, email: `person${i}@bulk.test`, createdAt: new Date(2026, 0, 1, 0, i) })),
  });
  admin = (await loadViewerByUserId("adm"))!;
  learner = (await loadViewerByUserId("lrn"))!;
});

describe("admin: list users", () => {
  it("pages 20 at a time and searches name or email", async () => {
    const first = await listUsers(admin, {});
    expect(first.total).toBe(47);
    expect(first.users).toHaveLength(USERS_PAGE_SIZE);
    expect(first.pageCount).toBe(3);
    const last = await listUsers(admin, { page: 99 });
    expect(last.page).toBe(3);
    expect(last.users).toHaveLength(7);
    expect((await listUsers(admin, { query: "PERSON4@" })).users.map((u) => u.id)).toEqual(["u4"]);
    expect((await listUsers(admin, { query: "Lou" })).users.map((u) => u.email)).toEqual(["lou@learner.test"]);
    expect(JSON.stringify(first)).not.toMatch(/password|token/i);
  });

  it("is not found for anyone but an admin", async () => {
    await expect(listUsers(learner, {})).rejects.toMatchObject({ status: 404 });
  });
});

describe("admin: roles and disabling", () => {
  it("sets a role; never the admin's own role or account", async () => {
    const made = await setUserRoleAction.runAs(admin, { userId: "u1", role: "instructor" });
    expect(made).toMatchObject({ ok: true, data: { id: "u1", role: "instructor" } });
    const self = await setUserRoleAction.runAs(admin, { userId: "adm", role: "learner" });
    expect(self).toMatchObject({ ok: false, status: 409 });
    expect(await setUserDisabledAction.runAs(admin, { userId: "adm", disabled: "true" })).toMatchObject({ ok: false, status: 409 });
    expect((await db.user.findUniqueOrThrow({ where: { id: "adm" } })).role).toBe("admin");
  });

  it("refuses bad input with field errors, and an unknown id as not found", async () => {
    const bad = await setUserRoleAction.runAs(admin, { userId: "u1", role: "superuser" });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { role: ["Choose learner, instructor or admin."] } });
    expect(await setUserRoleAction.runAs(admin, { userId: "nope", role: "learner" })).toMatchObject({ ok: false, status: 404 });
  });

  it("a learner calling an admin action gets not found and nothing changes", async () => {
    expect(await setUserRoleAction.runAs(learner, { userId: "lrn", role: "admin" })).toMatchObject({ ok: false, status: 404 });
    expect((await db.user.findUniqueOrThrow({ where: { id: "lrn" } })).role).toBe("learner");
  });
});

describe("account settings", () => {
  it("validates every range and saves the viewer's own settings only", async () => {
    const bad = await updateStudySettingsAction.runAs(learner, { desiredRetention: "0.5", newCardsPerDay: "501", maximumInterval: "0", timeZone: "Mars/Olympus", dayStartHour: "24" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["dayStartHour", "desiredRetention", "maximumInterval", "newCardsPerDay", "timeZone"]);
    const empty = await updateStudySettingsAction.runAs(learner, { desiredRetention: "", newCardsPerDay: "", maximumInterval: "", timeZone: "UTC", dayStartHour: "" });
    expect(empty).toMatchObject({ ok: false, status: 422 });
    const ok = await updateStudySettingsAction.runAs(learner, { desiredRetention: "0.85", newCardsPerDay: "0", maximumInterval: "365", timeZone: "Asia/Seoul", dayStartHour: "0" });
    expect(ok).toMatchObject({ ok: true, data: { desiredRetention: 0.85, newCardsPerDay: 0, maximumInterval: 365, timeZone: "Asia/Seoul", dayStartHour: 0 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: "adm" } })).timeZone).toBe("UTC");
  });

  it("renames with trimming and a max length", async () => {
    expect(await updateProfileAction.runAs(learner, { name: "  Lou L.  " })).toMatchObject({ ok: true, data: { name: "Lou L." } });
    expect(await updateProfileAction.runAs(learner, { name: "x".repeat(81) })).toMatchObject({ ok: false, status: 422 });
    expect(await updateProfileAction.runAs(null, { name: "Anon" })).toMatchObject({ ok: false, status: 401 });
  });
});
