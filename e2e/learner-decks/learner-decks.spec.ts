import { expect, test, type Page } from "@playwright/test";
import { openAsNewLearner, signUpNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { doneToday, revealByKeyboard } from "../study/helpers";

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// Written for this test (not a seeded article): dates, amounts and places for the generator.
const ARTICLE = `Kenya and Ethiopia Open a Power Line ${unique}

By Amina Odhiambo

June 3, 2025

Kenya and Ethiopia switched on a 1,045-kilometre power line in Nairobi on June 2, 2025, letting Ethiopia sell 400 megawatts of hydropower to its neighbour.

The line cost about $1.2 billion, according to the African Development Bank. Power first flows from the Sodo substation in southern Ethiopia.

Kenya's energy minister said the link would cut electricity prices by 8 percent in 2026. Kenya bought 200 megawatts from Uganda in 2024.

Addis Ababa plans to extend the grid to Tanzania by 2027, when a further 300 megawatts will be offered for sale.
`;

/** Signs up through the real form, as a new visitor would. */
async function signUpThroughForm(page: Page, name: string): Promise<void> {
  await page.goto("/sign-up", { waitUntil: "networkidle" });
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`learner-${unique}-${Math.floor(Math.random() * 1e6)}@example.test`);
  await page.getByLabel("Password", { exact: true }).fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("learner-home")).toBeVisible({ timeout: 20_000 });
}

/** Opens a "New deck" way from the learner's decks on the home page, with the keyboard. */
async function openNewDeck(page: Page, name: string): Promise<void> {
  await page.goto("/", { waitUntil: "networkidle" });
  const newDeck = page.getByRole("navigation", { name: "New deck" });
  await expect(newDeck.getByRole("link")).toHaveText(["New deck from an article", "New deck by hand", "Import a deck"]);
  await newDeck.getByRole("link", { name }).focus();
  await page.keyboard.press("Enter");
}

test("a learner signs up, makes a private deck from a pasted article, reviews the drafts and studies a card", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpThroughForm(page, `Article Learner ${unique}`);
  await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openNewDeck(page, "New deck from an article");
  await expect(page.getByRole("heading", { name: "New deck from an article", level: 1 })).toBeVisible();
  await expect(page.getByText("the deck is private: only you see it")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Article text").fill(ARTICLE);
  // Many drafts, so the review steps below have enough to approve, reject and edit.
  await page.getByRole("radio", { name: /Many drafts to review/ }).check();
  await page.getByRole("button", { name: "Generate draft deck" }).click();
  await page.waitForURL((url) => /^\/instructor\/decks\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"), { timeout: 30_000 });
  const deckId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/instructor/decks/${deckId}`, { waitUntil: "networkidle" });

  // The same review screen instructors use, without publishing: a learner's deck is private for good.
  const rows = page.getByTestId("question-row");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(`${total} to review`)).toBeVisible();
  await expect(page.getByText("private: only you")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish deck" })).toHaveCount(0);
  await expect(page.getByLabel("Visibility")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "← Your decks" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Approve two, reject the third, edit the first.
  for (const n of [1, 2]) {
    await page.getByRole("button", { name: `Approve question ${n}`, exact: true }).click();
    await expect(rows.nth(n - 1).getByText("approved", { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Reject question 3", exact: true }).click();
  await expect(rows.nth(2).getByText("rejected", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Edit question 1", exact: true }).click();
  const editor = page.getByRole("form", { name: "Edit question" });
  const prompt = editor.getByRole("textbox", { name: /Prompt|Sentence with a blank/ });
  const editedPrompt = `${(await prompt.inputValue()).trim()} (mine ${unique})`;
  await prompt.fill(editedPrompt);
  await editor.getByRole("button", { name: "Save question" }).click();
  await expect(rows.first().getByTestId("question-prompt")).toHaveText(editedPrompt);
  const approvedIds = await rows.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute("data-question-id")!));

  // Study one card: only approved questions come up.
  await page.getByRole("link", { name: "Study", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Study", level: 1 })).toBeVisible();
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  expect(approvedIds).toContain(await card.getAttribute("data-question-id"));
  await revealByKeyboard(page);
  await page.keyboard.press("3");
  await expect.poll(() => doneToday(page)).toBe(1);

  // The deck shows under "Your decks" with its counts.
  await page.goto("/", { waitUntil: "networkidle" });
  const mine = page.getByTestId("my-decks");
  await expect(mine.getByRole("link", { name: `Edit Kenya and Ethiopia Open a Power Line ${unique}` })).toBeVisible();
  await expect(mine.getByText("2 approved")).toBeVisible();

  // Nobody else sees or edits it.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto("/");
  await signUpNewLearner(stranger, "Someone Else");
  expect((await stranger.goto(`/decks/${deckId}`))?.status()).toBe(404);
  expect((await stranger.goto(`/instructor/decks/${deckId}`))?.status()).toBe(404);
  expect((await stranger.goto(`/study/${deckId}`))?.status()).toBe(404);
  await strangerContext.close();
});

test("a learner writes a deck by hand with two questions and studies it", async ({ page }) => {
  await openAsNewLearner(page, `Hand Learner ${unique}`);
  await openNewDeck(page, "New deck by hand");
  await expect(page.getByRole("heading", { name: "New deck", level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Title").fill(`Capitals ${unique}`);
  await page.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL((url) => /^\/instructor\/decks\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const deckId = new URL(page.url()).pathname.split("/").pop()!;
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: `Capitals ${unique}`, level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "New question" });
  await form.getByLabel("Prompt (front)").fill("Capital of Kenya?");
  await form.getByLabel("Answer (back)").fill("Nairobi");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByRole("status")).toHaveText("Question added.");
  await form.getByLabel("Kind").selectOption("typed");
  await form.getByLabel("Prompt (front)").fill("Capital of Ethiopia?");
  await form.getByLabel("Answer (back)").fill("Addis Ababa");
  await form.getByRole("button", { name: "Add question" }).click();
  const rows = page.getByTestId("question-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId("question-prompt")).toHaveText(["Capital of Kenya?", "Capital of Ethiopia?"]);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/study/${deckId}`, { waitUntil: "networkidle" });
  for (let i = 1; i <= 2; i++) {
    await revealByKeyboard(page);
    await page.keyboard.press("3");
    await expect.poll(() => doneToday(page)).toBe(i);
  }
});
