import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations, lookCheckedElsewhere } from "../support/axe";

type NextCard = { card: { questionId: string; version: number } | null };

/** Answers `count` cards of a deck through the study API (POST /api/reviews), as the study UI does. */
async function studyCards(page: Page, deckId: string, count: number, rating: number): Promise<string[]> {
  const studied: string[] = [];
  for (let i = 0; i < count; i++) {
    const next = await page.request.get(`/api/study/next?deckId=${encodeURIComponent(deckId)}`);
    expect(next.status(), await next.text()).toBe(200);
    const { card } = (await next.json()) as NextCard;
    expect(card, "the deck should have a card to study").not.toBeNull();
    const saved = await page.request.post("/api/reviews", {
      data: { questionId: card!.questionId, rating, idempotencyKey: randomUUID(), expectedVersion: card!.version, durationMs: 4200, answer: null },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    studied.push(card!.questionId);
  }
  return studied;
}

/** The combined seeded deck, the largest: the tests below answer up to four new cards in a row. */
async function combinedDeckId(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "North Korea's outreach, 2012–2016" }).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!.split("/")[2]!;
}

test("a fresh learner's reviews show up on the heatmap, forecast, home and card pages", async ({ page }) => {
  await signUpNewLearner(page, "Progress Tester");
  const deckId = await combinedDeckId(page);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("heatmap-today")).toHaveText("0 reviews");
  await expect(page.getByText(/^0 cards due/)).toBeVisible();
  await expect(page.getByText("You haven’t studied anything yet.")).toBeVisible();

  const studied = await studyCards(page, deckId, 3, 4);

  await page.reload();
  await expect(page.getByTestId("heatmap-today")).toHaveText("3 reviews");
  await expect(page.getByTestId("heatmap")).toHaveAttribute("aria-label", /today 3 reviews/);
  await expect(page.getByText(/^3 cards due/)).toBeVisible();
  await expect(page.getByTestId("forecast-chart")).toHaveAttribute("aria-label", /3 in total/);
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  // The table alternative carries the same numbers.
  await page.locator('section[aria-labelledby="heatmap-heading"]').getByText("Show data as a table").click();
  await expect(page.getByRole("region", { name: "Reviews per month over the past year" })).toContainText("3");

  await page.goto("/");
  await expect(page.getByTestId("learner-home")).toBeVisible();
  await expect(page.getByTestId("home-streak")).toContainText("Streak: 1 day");
  await expect(page.getByTestId("home-due-summary")).toContainText("3 reviews done today");
  await expect(page.getByRole("link", { name: /^Study / }).first()).toHaveAttribute("href", `/study/${deckId}`);

  await page.goto(`/cards/${studied[0]}`);
  await expect(page.getByTestId("review-history").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("review-history")).toContainText("Easy");
  await expect(page.getByTestId("card-state")).toHaveText("Review");
  await expectNoSeriousA11yViolations(page);

  const csv = await page.request.get("/api/export/reviews.csv");
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\n");
  expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((l) => /^[^,]+,\d{13},4,0,4200$/.test(l))).toBe(true);
});

test("another learner's card page is not found and anonymous visitors are sent to sign in", async ({ page, browser }) => {
  await signUpNewLearner(page);
  const deckId = await combinedDeckId(page);
  const [questionId] = await studyCards(page, deckId, 1, 3);
  // A public deck's question is visible to others, but they see only their own (empty) history.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await signUpNewLearner(otherPage);
  await otherPage.goto(`/cards/${questionId}`);
  await expect(otherPage.getByText("You haven’t studied this question yet.")).toBeVisible();
  await expect(otherPage.getByText("No reviews yet.")).toBeVisible();
  const missing = await otherPage.goto("/cards/does-not-exist");
  expect(missing?.status()).toBe(404);
  await other.close();

  const anon = await browser.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto("/progress");
  await expect(anonPage).toHaveURL(/\/sign-in/);
  const csv = await anonPage.request.get("/api/export/reviews.csv");
  expect(csv.status()).toBe(401);
  await anon.close();
});

test("the statistics page passes axe in light and dark mode; screenshots at 390 and 1280 px", async ({ page }) => {
  test.skip(lookCheckedElsewhere, "a page's look does not depend on the database: the SQLite pass checks it");
  await signUpNewLearner(page);
  const deckId = await combinedDeckId(page);
  await studyCards(page, deckId, 4, 3);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/progress");
      await expect(page.getByTestId("heatmap-today")).toHaveText("4 reviews");
      await expectNoSeriousA11yViolations(page);
      // Nothing may stick out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/progress-${width}-${colorScheme}.png`, fullPage: true });
      await page.goto("/");
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `test-results/screenshots/home-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
});

test("a forgotten question is listed among the hardest, and “Study now” opens the study screen on it", async ({ page }) => {
  await signUpNewLearner(page, "Hardest Tester");
  const deckId = await combinedDeckId(page);
  // Easy sends the first card days away (Review); answering it early with Again is a lapse.
  const [questionId] = await studyCards(page, deckId, 1, 4);
  await page.goto(`/study/${deckId}?focus=${questionId}`);
  const card = page.getByTestId("study-card");
  await expect(card).toHaveAttribute("data-question-id", questionId!);
  const prompt = await page.locator("#card-prompt").innerText();
  const version = (await (await page.request.get(`/api/study/card?questionId=${questionId}`)).json()) as { version: number };
  const lapse = await page.request.post("/api/reviews", {
    data: { questionId, rating: 1, idempotencyKey: randomUUID(), expectedVersion: version.version, durationMs: 4200, answer: null, next: false },
  });
  expect(lapse.status(), await lapse.text()).toBe(200);

  await page.goto("/progress");
  const hardest = page.getByTestId("hardest-list");
  await expect(hardest.getByText(prompt, { exact: true })).toBeVisible();
  await hardest.getByRole("link", { name: /^Study now/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/study/${deckId}$`));
  await expect(page.getByTestId("study-card")).toHaveAttribute("data-question-id", questionId!);
});
