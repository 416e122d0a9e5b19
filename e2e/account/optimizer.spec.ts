import { expect, test } from "@playwright/test";
import { demo, openSignedIn } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";

// The demo learner starts with a seeded month of reviews (lib/server/seed/seed-demo-history.ts).
test("the demo learner optimises their schedule, sees the comparison, applies it, is offered nothing to apply on a second run, and resets", async ({ page }) => {
  // Two optimiser runs (each up to its 60 s limit on a loaded machine) in one test.
  test.setTimeout(180_000);
  await openSignedIn(page, demo.learner, "/account");
  const section = page.getByRole("region", { name: "Your memory model" });
  await expect(section).toBeVisible();
  const count = Number((await section.getByTestId("review-count").textContent())!.replace(/,/g, ""));
  expect(count).toBeGreaterThanOrEqual(400);
  await expect(section.getByText("Your schedule uses the default FSRS parameters.")).toBeVisible();

  // Keyboard only: focus the button and press Enter.
  const optimise = section.getByRole("button", { name: "Optimise my schedule" });
  await optimise.focus();
  await page.keyboard.press("Enter");
  const comparison = section.getByTestId("optimizer-comparison");
  await expect(comparison).toBeVisible({ timeout: 60_000 });
  const table = comparison.getByRole("table");
  await expect(table.getByRole("row", { name: /^Default/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Proposed/ })).toBeVisible();
  const cells = async (name: RegExp) => (await table.getByRole("row", { name }).getByRole("cell").allTextContents()).map(Number);
  const [defaultLoss, defaultRmse] = await cells(/^Default/);
  const [proposedLoss, proposedRmse] = await cells(/^Proposed/);
  for (const value of [defaultLoss, defaultRmse, proposedLoss, proposedRmse]) expect(value).toBeGreaterThan(0);
  expect(proposedLoss).toBeLessThan(defaultLoss!);
  await expectNoSeriousA11yViolations(page);

  await section.getByRole("button", { name: "Apply these parameters" }).click();
  await expect(section.getByText(/Your own parameters are in use from your next answer/)).toBeVisible();
  await page.reload();
  const mine = page.getByRole("region", { name: "Your memory model" });
  await expect(mine.getByText("Your schedule uses parameters fitted to your own reviews.")).toBeVisible();

  // Optimising again on the same reviews fits the same weights: nothing better to apply, so only Discard is offered.
  await mine.getByRole("button", { name: "Optimise my schedule" }).click();
  await expect(mine.getByText("Your current schedule already predicts your answers better than this proposal, so there is nothing to apply.")).toBeVisible({ timeout: 60_000 });
  await expect(mine.getByRole("button", { name: "Apply these parameters" })).toHaveCount(0);
  await mine.getByRole("button", { name: "Discard" }).click();
  await expect(mine.getByTestId("optimizer-comparison")).toHaveCount(0);

  await page.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(page.getByText("Back to the default parameters from your next answer.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Your schedule uses the default FSRS parameters.")).toBeVisible();
});
