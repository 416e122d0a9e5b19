import { expect, test, type Page } from "@playwright/test";
import { learnerDay } from "../../lib/srs/learner-day";
import { openAsNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { doneToday, openSeededDeck, revealByKeyboard } from "./helpers";

/** Screenshots for review (390 and 1280 px, light and dark), only when SCREENSHOT_DIR is set. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
}

const shownQuestion = (page: Page) => page.getByTestId("study-card").getAttribute("data-question-id");
const counts = (page: Page) => page.getByLabel(/ to review$/).getAttribute("aria-label");

test.describe("suspend, bury and the card browser", () => {
  test.beforeEach(async ({ page }) => {
    await openAsNewLearner(page, "Hide Tester");
  });

  test("S suspends the card on screen, Ctrl+Z brings it back; the card page shows and lifts a suspension", async ({ page }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    await expect(page.getByTestId("study-card")).toBeVisible();
    await expect(page.locator("#keyboard-hints")).toContainText("S suspend");
    await expect(page.locator("#keyboard-hints")).toContainText("bury until tomorrow");
    await shoot(page, "study-hide-controls");
    const first = await shownQuestion(page);
    const before = await counts(page);

    // In a typed answer box S is a letter: the keys act outside it (Tab away, or before typing on other cards).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("s");
    await expect(page.getByTestId("announcement")).toContainText("Card suspended");
    await expect.poll(() => shownQuestion(page)).not.toBe(first);
    await expect.poll(() => counts(page)).not.toBe(before);
    expect(await doneToday(page)).toBe(0);
    // The server agrees: the suspended card is not in the queue any more.
    const queue = (await (await page.request.get(`/api/study/next?deckId=${deckId}`)).json()) as { card: { questionId: string }; upcoming: { questionId: string }[] };
    expect([queue.card.questionId, ...queue.upcoming.map((c) => c.questionId)]).not.toContain(first);
    await expect(page.getByRole("button", { name: "Undo suspend" })).toBeEnabled();

    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("announcement")).toContainText("The card is back");
    await expect.poll(() => shownQuestion(page)).toBe(first);
    await expect.poll(() => counts(page)).toBe(before);

    // Keyboard only, from the card's page: suspend, then unsuspend.
    await page.goto(`/cards/${first}`);
    await expectNoSeriousA11yViolations(page);
    const suspend = page.getByRole("button", { name: "Suspend", exact: true });
    await suspend.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("card-flag-message")).toContainText("Suspended");
    await expect(page.getByText("Suspended", { exact: true })).toBeVisible();
    await shoot(page, "card-page-suspended");
    await page.getByRole("button", { name: "Unsuspend" }).press("Enter");
    await expect(page.getByTestId("card-flag-message")).toContainText("Unsuspended");
    await page.goto(`/study/${deckId}`);
    await expect.poll(() => shownQuestion(page)).toBe(first);
  });

  test("a buried card is gone until the learner's next study day starts", async ({ page }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    const first = (await shownQuestion(page)) as string;
    await page.getByRole("button", { name: "Bury until tomorrow" }).click();
    await expect(page.getByTestId("announcement")).toContainText("buried until tomorrow");
    await expect.poll(() => shownQuestion(page)).not.toBe(first);
    await page.reload();
    await expect(page.getByTestId("study-card")).toBeVisible();
    const queue = (await (await page.request.get(`/api/study/next?deckId=${deckId}`)).json()) as { card: { questionId: string }; upcoming: { questionId: string }[] };
    expect([queue.card.questionId, ...queue.upcoming.map((c) => c.questionId)]).not.toContain(first);

    // Until when: the start of the learner's next study day (a new account: UTC, day starts 04:00).
    const end = learnerDay(new Date(), "UTC", 4).end;
    const label = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(end);
    await page.goto(`/cards/${first}`);
    await expect(page.getByText(`Buried until ${label}`)).toBeVisible();
    await page.getByRole("button", { name: "Unbury" }).click();
    await expect(page.getByTestId("card-flag-message")).toContainText("Unburied");
  });

  test("finds a studied card in the browser by its text and opens its page", async ({ page }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    const prompts: string[] = [];
    for (let i = 0; i < 3; i++) {
      prompts.push(await page.getByTestId("study-card").locator("#card-prompt").innerText());
      await revealByKeyboard(page);
      await page.keyboard.press("3");
      await expect.poll(() => doneToday(page)).toBe(i + 1);
    }
    await page.goto("/cards");
    await expect(page.getByRole("heading", { name: "Your cards", level: 1 })).toBeVisible();
    await expect(page.getByTestId("browse-count")).toContainText("3 cards");
    await expectNoSeriousA11yViolations(page);
    await shoot(page, "cards-browser");

    // Search by a distinctive word of the second prompt, keyboard only.
    const word = (prompts[1] as string).split(/\s+/).filter((w) => w.replace(/\W/g, "").length > 5).sort((a, b) => b.length - a.length)[0]!.replace(/[^\p{L}\p{N}-]/gu, "");
    await page.getByLabel("Search question and answer text").fill(word);
    await page.getByLabel("Search question and answer text").press("Enter");
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
    const link = page.getByTestId("card-table").getByRole("link", { name: prompts[1] as string });
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: prompts[1] as string })).toBeVisible();
    await expect(page.getByRole("button", { name: "Bury until tomorrow" })).toBeVisible();

    // The leech setting (account page) and the leech list (progress page).
    await page.goto("/account");
    await page.getByLabel("Only tag it as a leech (it stays in your reviews)").check();
    await page.getByRole("button", { name: "Save leech setting" }).click();
    await expect(page.getByText("Leech setting saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Only tag it as a leech (it stays in your reviews)")).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/progress");
    await expect(page.getByRole("heading", { name: "Leeches" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shoot(page, "progress-leeches");
  });
});
