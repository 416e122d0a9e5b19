// Issue 17 item 10 (malformed percent-encoding, server-action bodies over 2 MB) and "Also" (HSTS over https),
// through proxy.ts as Next runs it. The real-server checks are in e2e/security/.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/server-action-body-limit";
import nextConfig from "@/next.config";

const matcher = new RegExp(`^${config.matcher[0]!.source}$`);
const originalUrl = process.env.BETTER_AUTH_URL;

afterEach(() => {
  process.env.BETTER_AUTH_URL = originalUrl;
});

describe("proxy: paths and server-action bodies", () => {
  it.each(["/decks/%E0%A4%A", "/join/%E0%A4%A", "/instructor/decks/%ZZ/export.csv", "/%"])("answers 400 for the undecodable path %s", (path) => {
    expect(matcher.test(path)).toBe(true);
    const res = proxy(new NextRequest(`http://localhost:3000${path}`));
    expect(res.status).toBe(400);
  });

  it("lets well-formed encoded paths through", () => {
    const res = proxy(new NextRequest("http://localhost:3000/decks/%E0%A4%A4"));
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("answers 413 for a server-action body over the limit, and 411 for one without a length", () => {
    const post = (headers: Record<string, string>) => proxy(new NextRequest("http://localhost:3000/instructor/decks/new", { method: "POST", headers: { "next-action": "abc", ...headers } }));
    expect(post({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }).status).toBe(413);
    expect(post({ "content-length": String(50 * 1024 * 1024) }).status).toBe(413);
    expect(post({}).status).toBe(411);
    expect(post({ "content-length": "1000" }).headers.get("x-middleware-next")).toBe("1");
  });

  it("hands Next the same limit", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT_BYTES);
  });
});

describe("proxy: HSTS", () => {
  it("sends Strict-Transport-Security when the origin is https", () => {
    process.env.BETTER_AUTH_URL = "https://briefdeck.example.com";
    const hsts = proxy(new NextRequest("https://briefdeck.example.com/")).headers.get("strict-transport-security");
    expect(hsts).toMatch(/max-age=\d{8,}/);
  });

  it("does not send it over plain http (localhost development)", () => {
    process.env.BETTER_AUTH_URL = "http://localhost:3000";
    expect(proxy(new NextRequest("http://localhost:3000/")).headers.get("strict-transport-security")).toBeNull();
  });
});
