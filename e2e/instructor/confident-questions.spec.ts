import { expect, test } from "@playwright/test";
import { demo, openSignedIn } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// Written for this test: a short report with a lead, figures and a quote.
const ARTICLE = `Port of Tallmar opens second container terminal ${unique}

By Ines Vall

Published June 3, 2024

The Port of Tallmar opened its second container terminal on Monday, raising the port's capacity to 2.4 million containers a year.

The terminal cost $620 million and was built by Nordhaven Construction over three years.

"This terminal doubles what we can offer shipping lines," said Marta Oss, the chief executive of the Tallmar Port Authority.

The Tallmar Port Authority expects to hire 1,300 dock workers by 2026.
`;

test("an instructor drafts only confident questions (the default) from an article, with the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  await openSignedIn(page, demo.instructor, "/instructor/decks/new/from-article", { waitUntil: "networkidle" });
  const confident = page.getByRole("radio", { name: /Only confident questions/ });
  const many = page.getByRole("radio", { name: /Many drafts to review/ });
  await expect(confident).toBeChecked(); // the default
  await confident.focus();
  await page.keyboard.press("ArrowDown"); // radios in one group move with the arrow keys
  await expect(many).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(confident).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Generate draft deck" }).click();
  await page.waitForURL((url) => /^\/instructor\/decks\/[^/]+$/.test(url.pathname) && url.pathname !== "/instructor/decks/new", { timeout: 30_000 });
  const rows = page.getByTestId("question-row");
  await expect(rows.first()).toBeVisible();
  const prompts = await rows.getByTestId("question-prompt").allInnerTexts();
  expect(prompts.length).toBeGreaterThan(0);
  expect(prompts.length).toBeLessThanOrEqual(4); // one per sentence that states a fact, at most
  for (const p of prompts) expect(p.replace(/“[^”]*”/g, "").replace(/^Fill in the blank:\s*/, "").split(/\s+/).length, p).toBeLessThanOrEqual(30);
});
