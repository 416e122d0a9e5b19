import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/server/auth/password-policy";

describe("password policy (ASVS 2.1)", () => {
  it("ships a common-password list of thousands of entries including the classics", () => {
    const list = readFileSync("content/common-passwords.txt", "utf8").split("\n").filter(Boolean);
    expect(list.length).toBeGreaterThan(5000);
    for (const p of ["password", "12345678", "qwerty123", "iloveyou1", "password1", "11111111", "letmein123"]) expect(list).toContain(p);
  });

  it.each(["password", "12345678", "qwerty123", "iloveyou1", "Password1", "PASSWORD123", "  letmein123 ", "football2020", "zzzzzzzzzz"])(
    "refuses the common password %j",
    (p) => {
      expect(passwordProblem(p)).toMatch(/too common|easy to guess/);
    },
  );

  it("needs at least 8 characters (counted as people see them) and allows up to 128", () => {
    expect(passwordProblem("a7#kQz!")).toMatch(/at least 8/);
    expect(passwordProblem("🦊🐻🐼🐨🐯🦁🐮🐷")).toBeNull();
    expect(passwordProblem("🦊🦊🦊🦊🦊🦊🦊🦊")).toMatch(/easy to guess/);
    expect(passwordProblem("x".repeat(100) + "unusual tail 1234567")).toBeNull();
    expect(passwordProblem("y".repeat(64) + "z".repeat(64))).toBeNull();
    expect(passwordProblem("y".repeat(64) + "z".repeat(65))).toMatch(/at most 128/);
  });

  it("has no composition rules: a long all-lowercase passphrase is fine", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("study-the-briefing")).toBeNull();
  });

  it("refuses the email address as password and non-strings", () => {
    expect(passwordProblem("someone@example.com", { email: "Someone@example.com" })).toMatch(/email/);
    expect(passwordProblem(12345678)).toBe("Enter a password.");
    expect(passwordProblem(undefined)).toBe("Enter a password.");
  });
});
