import { expect, type Page } from "@playwright/test";

/** The combined seeded deck: the confident generator writes only a handful of questions per article, and the
 * study and quiz flows answer ten new cards in a row. */
export const DECK_TITLE = "North Korea's outreach, 2012–2016";

/** Opens the combined seeded deck from the catalogue and returns its id (ids differ per database). */
export async function openSeededDeck(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: DECK_TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: DECK_TITLE })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  expect(id).toBeTruthy();
  return id as string;
}

/** Answers the card on screen with the keyboard only, up to the point where it can be graded. */
export async function revealByKeyboard(page: Page): Promise<void> {
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const textbox = card.getByRole("textbox", { name: "Your answer" });
  const options = card.getByRole("list", { name: "Options" });
  if (await textbox.isVisible()) {
    await expect(textbox).toBeFocused();
    await page.keyboard.type("my best guess");
    await page.keyboard.press("Enter");
  } else if (await options.isVisible()) {
    await page.keyboard.press("1");
  } else {
    await page.keyboard.press("Space");
  }
  await expect(page.getByRole("group", { name: "Rate how well you knew it" })).toBeVisible();
}

export async function doneToday(page: Page): Promise<number> {
  const text = await page.getByTestId("progress-text").innerText();
  return Number(/(\d+) done today/.exec(text)?.[1] ?? NaN);
}

export async function cardState(page: Page, questionId: string) {
  const res = await page.request.get(`/api/study/card?questionId=${encodeURIComponent(questionId)}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { due: string; lastReview: string | null; reps: number; version: number; attempts: number; state: number };
}
