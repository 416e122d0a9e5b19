import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "study-the-briefing";
export const demo = {
  instructor: "instructor@briefdeck.test",
  instructor2: "instructor2@briefdeck.test",
  learner: "learner@briefdeck.test",
  learner2: "learner2@briefdeck.test",
} as const;

/** Signs the page's browser context in through Better Auth's HTTP handler (same cookies a form sign-in sets). */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const baseURL = test_baseURL(page);
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * The usual start of a signed-in test: open the app, sign in as `email`, open `path`. With `networkidle` the
 * page's scripts have loaded, so its forms are hydrated before the test types into them.
 */
export async function openSignedIn(page: Page, email: string, path: string, options?: { waitUntil: "networkidle" }): Promise<void> {
  await page.goto("/");
  await signInAs(page, email);
  await page.goto(path, options);
}

/** The usual start of a new learner's test: open the app and sign up a fresh learner (see signUpNewLearner). */
export async function openAsNewLearner(page: Page, name?: string): Promise<{ email: string; password: string }> {
  await page.goto("/");
  return signUpNewLearner(page, name);
}

/** Creates a fresh learner account (unique email) and signs the page in as it. */
export async function signUpNewLearner(page: Page, name = "Test Learner"): Promise<{ email: string; password: string }> {
  const email = `learner-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = "correct horse battery staple";
  const response = await page.request.post("/api/auth/sign-up/email", {
    data: { email, password, name },
    headers: { origin: test_baseURL(page) },
  });
  expect(response.status(), await response.text()).toBe(200);
  return { email, password };
}

function test_baseURL(page: Page): string {
  const url = new URL(page.url().startsWith("http") ? page.url() : (process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`));
  return url.origin;
}
