import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("home page lists the seeded decks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Decks", exact: true })).toBeVisible();
  const cards = page.locator("#main li").filter({ has: page.getByRole("link") });
  await expect(cards).toHaveCount(6);
  await expect(page.getByRole("link", { name: "North Korea’s Economic Diplomacy with Southeast Asia" })).toBeVisible();
  await expect(page.getByRole("link", { name: "North Korea's outreach, 2012–2016" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a deck page shows its article's title, author and date and its questions", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "North Korea’s Economic Diplomacy with Southeast Asia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "North Korea’s Economic Diplomacy with Southeast Asia" })).toBeVisible();
  const source = page.getByRole("region", { name: "Source article" });
  await expect(source.getByText("By Sarah K. Yun")).toBeVisible();
  await expect(source.getByText("August 22, 2012")).toBeVisible();
  // The seeded decks come from the confident generator, which is still being tuned: no count or text is pinned.
  const questions = page.getByRole("region", { name: "Questions" }).getByRole("listitem");
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(`${count} questions`, { exact: true })).toBeVisible();
  await expect(questions.first()).toContainText(/\w{3}/);
  await expectNoSeriousA11yViolations(page);
});

test("a question links to its sentence highlighted in the article", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "North Korea’s Economic Diplomacy with Southeast Asia" }).click();
  const first = page.getByRole("region", { name: "Questions" }).getByRole("listitem").first();
  await first.getByText("Show answer").click();
  await first.getByRole("link", { name: "in context" }).click();
  await expect(page.locator("mark#source")).toBeVisible();
  await expect(page.getByText("Subscribe to our Mailing List!")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("an unknown deck is a 404", async ({ page }) => {
  const response = await page.goto("/decks/does-not-exist");
  expect(response?.status()).toBe(404);
});
