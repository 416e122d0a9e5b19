import { expect, test } from "@playwright/test";
import { openAsNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { openSeededDeck } from "./helpers";

test("a quiz of the deck's size choice survives a reload and ends with a score and every wrong answer explained", async ({ page }) => {
  await openAsNewLearner(page, "Quiz Tester");
  const deckId = await openSeededDeck(page);
  await page.goto(`/decks/${deckId}/quiz`);
  await expect(page.getByRole("heading", { name: "Quiz", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The seeded combined deck holds about ten questions (as many as the generator is confident of): the second size
  // choice is 10, or "All N" when the deck has no more than ten.
  const size = page.getByRole("radio", { name: /^(?:10|All \d+)$/ });
  await expect(size).toBeChecked();
  const label = (await page.locator("label", { has: size }).innerText()).trim();
  const n = label === "10" ? 10 : Number(label.replace("All ", ""));
  expect(n).toBeGreaterThanOrEqual(6);
  await page.getByRole("button", { name: "Start quiz" }).click();

  for (let i = 0; i < n; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${n}`)).toBeVisible();
    if (i === 0) await expectNoSeriousA11yViolations(page);
    const textbox = page.getByRole("textbox", { name: "Your answer" });
    if (await textbox.isVisible()) await textbox.fill(i % 2 ? "a wrong answer" : "1");
    else await page.keyboard.press("1");
    await page.getByRole("button", { name: i === n - 1 ? "Finish quiz" : "Next question" }).click();
    if (i === 2) {
      // A reload carries on at the first unanswered question, with the same questions.
      await expect(page.getByText(`Question 4 of ${n}`)).toBeVisible();
      const prompt = await page.locator("#quiz-question").innerText();
      await page.reload();
      await expect(page.getByText(`Carrying on with the quiz you started: 3 of ${n} answered.`)).toBeVisible();
      await expect(page.locator("#quiz-question")).toHaveText(prompt);
    }
  }

  const score = page.getByTestId("quiz-score");
  await expect(score).toHaveText(new RegExp(`^\\d+ / ${n}$`));
  const items = page.getByTestId("quiz-result-item");
  await expect(items).toHaveCount(n);
  const wrong = await page.locator('[data-testid="quiz-result-item"][data-correct="false"]').count();
  expect(Number((await score.innerText()).split(" /")[0])).toBe(n - wrong);
  expect(wrong).toBeGreaterThan(0);
  // Every wrong answer carries its source sentence with the answer marked.
  await expect(page.locator('[data-correct="false"] [data-testid="quiz-explanation"]')).toHaveCount(wrong);
  await expect(page.locator('[data-correct="false"] mark.answer-highlight').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
