// Calls Better Auth's real HTTP handler (origin check, rate limits, our hooks) the way the browser does.
import { auth } from "@/lib/server/auth/auth";
import { env } from "@/lib/env";

export async function post(path: string, body: unknown, cookie?: string): Promise<{ status: number; json: Record<string, unknown>; cookie: string | null }> {
  const response = await auth.handler(
    new Request(`${env.BASE_URL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: env.BASE_URL, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
  const text = await response.text();
  const setCookie = response.headers.get("set-cookie");
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, cookie: setCookie ? setCookie.split(";")[0]! : null };
}

export async function signUp(email: string, password = "correct horse battery staple", extra: Record<string, unknown> = {}) {
  return post("/sign-up/email", { email, password, name: "Test Person", ...extra });
}

export async function signIn(email: string, password: string) {
  return post("/sign-in/email", { email, password });
}
