import { expect, test, type Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, openAsNewLearner, openSignedIn, signInAs, signUpNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";

function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

async function signUpThroughForm(page: Page, email: string, password = "a sturdy study passphrase"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Form Person");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("sign up, sign out and sign in again through the forms", async ({ page }) => {
  const email = uniqueEmail("ui");
  await signUpThroughForm(page, email);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("link", { name: /Account settings for/ }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a sturdy study passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
});

test("sign-in and sign-up pages are accessible, show the demo hint locally and carry a nonce CSP", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["referrer-policy"]).toBeTruthy();
  await expect(page.getByRole("complementary", { name: "Demo accounts (local use)" })).toContainText(demo.instructor);
  await expectNoSeriousA11yViolations(page);

  // Client validation runs, so the scripts were allowed by the CSP.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email and password.")).toBeVisible();

  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a common password is refused on sign-up with a friendly message", async ({ page }) => {
  await signUpThroughForm(page, uniqueEmail("common"), "password123");
  await expect(page.getByText(/too common/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a wrong password says so without revealing whether the email exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  const status = page.locator("#sign-in-status");
  await expect(status).toContainText(/don’t match/);
  const unknown = await status.innerText();
  await page.getByLabel("Email").fill(demo.learner);
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Same words for an existing account with a wrong password (the form re-renders between the two).
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await expect(status).toHaveText(unknown);
});

test("?next= only follows same-site paths", async ({ page }) => {
  await page.goto("/sign-in?next=//evil.example/steal");
  await page.getByLabel("Email").fill(demo.learner);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test("eleven wrong passwords in a row are refused, and then so is the right one", async ({ page, request }) => {
  const { email, password } = await signUpNewLearner(page);
  await page.context().clearCookies();
  const origin = new URL(page.url().startsWith("http") ? page.url() : (process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`)).origin;
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const r = await request.post("/api/auth/sign-in/email", { data: { email, password: `not it ${i}` }, headers: { origin } });
    statuses.push(r.status());
  }
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses[10]).toBe(429);
  const right = await request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin } });
  expect(right.status()).toBe(429);

  // The form shows the wait, not a generic failure.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many attempts\. Please wait \d+ minutes?/)).toBeVisible();
});

test("a sign-up that sets its own role stays a learner", async ({ page }) => {
  await page.goto("/");
  const email = uniqueEmail("sneaky");
  const response = await page.request.post("/api/auth/sign-up/email", {
    data: { email, password: "a sturdy study passphrase", name: "Sneaky", role: "admin" },
    headers: { origin: new URL(page.url()).origin },
  });
  if (response.status() === 200) {
    const me = await page.request.get("/api/me");
    expect(await me.json()).toMatchObject({ role: "learner" });
    expect((await page.goto("/admin"))?.status()).toBe(404);
  } else {
    expect(response.status()).toBeGreaterThanOrEqual(400);
  }
});

test("after sign-out, replaying the old session cookie gets 401", async ({ page, browser }) => {
  await openAsNewLearner(page);
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name.includes("session_token"))?.httpOnly).toBe(true);
  expect(cookies.find((c) => c.name.includes("session_token"))?.sameSite).toBe("Lax");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const res = await replay.request.get(new URL("/api/me", page.url()).href);
  expect(res.status()).toBe(401);
  await replay.close();
});

test("a learner opening instructor and admin URLs gets not found", async ({ page }) => {
  await page.goto("/");
  const seededHref = await page.locator("#main a[href^='/decks/']").first().getAttribute("href");
  await signInAs(page, demo.learner);
  // The deck workspace is open to learners for their own private decks (issue 15), never for someone else's.
  for (const path of ["/instructor", "/admin", "/instructor/classes/new", `/instructor${seededHref}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  expect((await page.goto("/instructor/decks/new"))?.status()).toBe(200);
  const anon = await page.context().browser()!.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto(new URL("/instructor", page.url()).href);
  await expect(anonPage).toHaveURL(/\/sign-in/);
  await anon.close();
});

test("an instructor opening another owner's deck edit URL gets not found", async ({ page }) => {
  // The seeded decks belong to the system editors account (an instructor); the demo instructor is a stranger to them.
  await page.goto("/");
  const deckHref = await page.locator("#main a[href^='/decks/']").first().getAttribute("href");
  expect(deckHref).toBeTruthy();
  const deckId = deckHref!.split("/")[2]!;
  await signInAs(page, demo.instructor);
  const response = await page.goto(`/instructor/decks/${deckId}`);
  expect(response?.status()).toBe(404);
  const csv = await page.request.get(`/instructor/decks/${deckId}/export.csv`);
  expect(csv.status()).toBe(404);
});

test("instructor B opening instructor A's class URL gets not found", async ({ page, browser }) => {
  await openSignedIn(page, demo.instructor, "/instructor/classes/new", { waitUntil: "networkidle" });
  await page.getByLabel("Class name").fill(`Private class ${Date.now()}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL((url) => /^\/instructor\/classes\/[^/]+$/.test(url.pathname) && url.pathname !== "/instructor/classes/new");
  const classPath = new URL(page.url()).pathname;

  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await signInAs(otherPage, demo.instructor2);
  for (const path of [classPath, `${classPath}/progress`, `${classPath}/questions`]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const csv = await otherPage.request.get(`${classPath}/gradebook.csv`);
  expect(csv.status()).toBe(404);
  // The owner still sees it: the 404 is about ownership, not a broken page.
  expect((await page.goto(classPath))?.status()).toBe(200);
  await other.close();
});

test("the account page saves study settings and rejects out-of-range values", async ({ page }) => {
  await openAsNewLearner(page);
  await page.goto("/account");
  await page.getByLabel("Desired retention").fill("0.5");
  await page.getByRole("button", { name: "Save study settings" }).click();
  await expect(page.getByText("Desired retention must be at least 0.7.")).toBeVisible();
  await page.getByLabel("Desired retention").fill("0.85");
  await page.getByLabel("Time zone").selectOption("Asia/Seoul");
  await page.getByLabel("Day starts at").selectOption("5");
  await page.getByRole("button", { name: "Save study settings" }).click();
  await expect(page.getByText("Study settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Seoul");
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.85");
  await expectNoSeriousA11yViolations(page);
});
