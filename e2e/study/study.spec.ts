import { expect, test } from "@playwright/test";
import { formatInterval } from "../../lib/srs/interval-label";
import { openAsNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { cardState, doneToday, openSeededDeck, revealByKeyboard } from "./helpers";

test.describe("study screen", () => {
  test.beforeEach(async ({ page }) => {
    await openAsNewLearner(page, "Study Tester");
  });

  test("8 cards by keyboard only; the scheduled interval matches the button; reload keeps progress", async ({ page }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    await expect(page.getByRole("heading", { name: "Study", level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect(await doneToday(page)).toBe(0);
    // The page brings five cards; answers are saved without a next-card read and the queue is refilled
    // from the server only when those run out.
    let refills = 0;
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/study/next") refills += 1;
    });

    // Eight new cards: more than the five the page brings, so the queue is refilled once; the seeded combined deck
    // holds as many questions as the generator is confident of (nine since round 13).
    for (let i = 0; i < 8; i++) {
      const card = page.getByTestId("study-card");
      const questionId = (await card.getAttribute("data-question-id")) as string;
      await revealByKeyboard(page);
      if (i === 0) await expectNoSeriousA11yViolations(page);
      // Focus lands on a grade button, so the next key press is a grade.
      await expect(page.locator("[data-rating]:focus")).toHaveCount(1);
      const rating = (i % 3) + 2; // Hard, Good, Easy in turn
      const key = ["again", "hard", "good", "easy"][rating - 1] as string;
      const shownLabel = await page.getByTestId(`interval-${key}`).innerText();
      await page.keyboard.press(String(rating));
      await expect.poll(() => doneToday(page)).toBe(i + 1);

      const stored = await cardState(page, questionId);
      expect(stored.reps).toBe(1);
      expect(formatInterval(new Date(stored.due).getTime() - new Date(stored.lastReview as string).getTime())).toBe(shownLabel);

      if (i === 4) {
        await page.reload();
        await expect.poll(() => doneToday(page)).toBe(5);
      }
      if (i === 7) {
        // Counts kept on the client between refills agree with the server's queue.
        const server = (await (await page.request.get(`/api/study/next?deckId=${deckId}`)).json()) as { counts: { new: number; learning: number; review: number } };
        const { new: n, learning, review } = server.counts;
        await expect(page.getByLabel(/ to review$/)).toHaveAttribute("aria-label", `${n} new, ${learning} learning, ${review} to review`);
      }
    }
    expect(refills).toBeLessThanOrEqual(2);
  });

  test("double-clicking a grade records one review, and Ctrl+Z steps back through the answers", async ({ page }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    const card = page.getByTestId("study-card");
    const questionId = (await card.getAttribute("data-question-id")) as string;
    await revealByKeyboard(page);
    await page.getByRole("button", { name: /^Good 3/ }).dblclick();
    await expect.poll(() => doneToday(page)).toBe(1);
    await expect(page.getByTestId("study-card")).not.toHaveAttribute("data-question-id", questionId);
    const after = await cardState(page, questionId);
    expect(after).toMatchObject({ reps: 1, attempts: 1, version: 1 });

    // A second card, then two undos: the second card comes back, then the first.
    const secondId = (await card.getAttribute("data-question-id")) as string;
    // The double-click's second click can land on the next card as it renders and take the focus from its answer
    // field, as it would from a user's mouse (CI, stop 34): the keyboard part starts from the field. That a new card
    // focuses its field by itself is the keyboard-only test's to check.
    const field = card.getByRole("textbox", { name: "Your answer" });
    if (await field.isVisible()) await field.focus();
    await revealByKeyboard(page);
    await page.keyboard.press("3");
    await expect.poll(() => doneToday(page)).toBe(2);
    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("study-card")).toHaveAttribute("data-question-id", secondId);
    await expect.poll(() => doneToday(page)).toBe(1);
    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("study-card")).toHaveAttribute("data-question-id", questionId);
    await expect.poll(() => doneToday(page)).toBe(0);
    const undone = await cardState(page, questionId);
    expect(undone).toMatchObject({ reps: 0, attempts: 0, version: 2, state: 0 });
    expect(await cardState(page, secondId)).toMatchObject({ reps: 0, attempts: 0, version: 2, state: 0 });
    // Every answer of the session is undone once: the button is disabled now.
    await expect(page.getByRole("button", { name: "Undo last answer" })).toBeDisabled();
  });

  test("keyboard only: the hints name the keys that work, 1–4 grade, Ctrl+Z undoes; the console stays clean", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    const hints = page.locator("#keyboard-hints");
    const card = page.getByTestId("study-card");
    for (let i = 0; i < 4; i++) {
      // Front: the hint names the key that answers this kind of card.
      const kind = (await card.locator("p").first().innerText()).toLowerCase();
      const front = kind.includes("multiple choice") ? "pick an option" : kind.includes("flashcard") ? "show answer" : "check your answer";
      await expect(hints).toContainText(front);
      await revealByKeyboard(page);
      await expect(hints).toContainText("grade (Again, Hard, Good, Easy)");
      if (i === 0) {
        // The back of the card (answer marked in its sentence) in dark mode too.
        await page.emulateMedia({ colorScheme: "dark" });
        await expectNoSeriousA11yViolations(page);
        await page.emulateMedia({ colorScheme: "light" });
      }
      await page.keyboard.press(String(i + 1));
      await expect.poll(() => doneToday(page)).toBe(i + 1);
      await expect(page.getByTestId("announcement")).toContainText(`Saved ${["Again", "Hard", "Good", "Easy"][i]}`);
    }
    // Focus is on the next card's first action, not in a text box with text: Ctrl+Z undoes.
    await page.keyboard.press("Control+z");
    await expect.poll(() => doneToday(page)).toBe(3);
    await expect(page.getByTestId("announcement")).toHaveText("Last answer undone. The card is back.");
    await expect(hints).toContainText("undo");
    // The icon the browser asks for exists (it used to be the one 404 on every page).
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test("a stale tab gets a clear message and the card reloads", async ({ page, context }) => {
    const deckId = await openSeededDeck(page);
    await page.goto(`/study/${deckId}`);
    const other = await context.newPage();
    await other.goto(`/study/${deckId}`);
    const questionId = (await page.getByTestId("study-card").getAttribute("data-question-id")) as string;
    await expect(other.getByTestId("study-card")).toHaveAttribute("data-question-id", questionId);

    await revealByKeyboard(other);
    await other.keyboard.press("3");
    await expect.poll(() => doneToday(other)).toBe(1);

    await revealByKeyboard(page);
    await page.keyboard.press("3");
    await expect(page.getByTestId("study-error")).toHaveText("This card changed in another tab; reloaded.");
    await expect(page.getByTestId("study-card")).not.toHaveAttribute("data-question-id", questionId);
    expect((await cardState(page, questionId)).reps).toBe(1);
  });
});
