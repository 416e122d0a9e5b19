import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

describe("proxy.ts security headers", () => {
  it("sets a fresh nonce CSP on the response and passes it to the render", () => {
    const a = proxy(new NextRequest("http://localhost:3000/decks/x"));
    const b = proxy(new NextRequest("http://localhost:3000/decks/x"));
    const csp = a.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(b.headers.get("content-security-policy")).not.toContain(nonce!);
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("'unsafe-eval'"); // development only (NODE_ENV is "test" here)
    // Next reads the request-side header to stamp its scripts with the nonce.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("does not authorize or redirect: a protected page passes straight through", () => {
    const res = proxy(new NextRequest("http://localhost:3000/admin"));
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("skips API routes and static assets", () => {
    const source = config.matcher[0]!.source;
    const re = new RegExp(`^${source}$`);
    expect(re.test("/decks/x")).toBe(true);
    expect(re.test("/api/me")).toBe(false);
    expect(re.test("/_next/static/chunks/a.js")).toBe(false);
  });
});
