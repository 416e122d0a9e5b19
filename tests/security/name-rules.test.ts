// Issue 17 item 8: /api/auth/update-user took "", a 100,000-character name, and {"name":12345} gave a 500.
// Every path that sets a name now applies the sign-up rule (nameProblem).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { post, signUp } from "../auth/support/http";

async function signedUp(email: string): Promise<string> {
  const res = await signUp(email);
  expect(res.status).toBe(200);
  return res.cookie!;
}

const nameOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).name;

describe("update-user applies the sign-up name rules", () => {
  it.each([
    ["an empty name", ""],
    ["a blank name", "   "],
    ["a 100,000-character name", "x".repeat(100_000)],
    ["an 81-character name", "x".repeat(81)],
    ["a number", 12345],
    ["null", null],
    ["an object", { first: "a" }],
    ["a lone surrogate", "Ann \ud800"],
  ])("refuses %s with a 4xx and keeps the old name", async (_label, name) => {
    const email = `rename-${Math.random().toString(36).slice(2)}@test.dev`;
    const cookie = await signedUp(email);
    const res = await post("/update-user", { name }, cookie);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await nameOf(email)).toBe("Test Person");
  });

  it("accepts an ordinary new name (trimmed rules, up to 80 characters)", async () => {
    const email = "rename-ok@test.dev";
    const cookie = await signedUp(email);
    const res = await post("/update-user", { name: "Ada Lovelace" }, cookie);
    expect(res.status).toBe(200);
    expect(await nameOf(email)).toBe("Ada Lovelace");
    expect((await post("/update-user", { name: "y".repeat(80) }, cookie)).status).toBe(200);
  });

  it("caps the image field, which the app never shows", async () => {
    const email = "rename-image@test.dev";
    const cookie = await signedUp(email);
    expect((await post("/update-user", { image: "x".repeat(100_000) }, cookie)).status).toBe(400);
    expect((await post("/update-user", { image: 42 }, cookie)).status).toBe(400);
  });
});

describe("sign-up refuses the same names", () => {
  it.each([["empty", ""], ["huge", "x".repeat(100_000)], ["number", 12345], ["surrogate", "Bad \udc00"]])("%s", async (tag, name) => {
    const email = `signup-${tag}@test.dev`;
    const res = await post("/sign-up/email", { email, password: "correct horse battery staple", name });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
