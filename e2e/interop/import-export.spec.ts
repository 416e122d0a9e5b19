import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readApkg } from "../../lib/interop/read-apkg";
import { modernApkg, modernCollection, STOCK } from "../../tests/interop/support/anki-fixtures";
import { demo, openAsNewLearner, signInAs, signUpNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations, lookCheckedElsewhere } from "../support/axe";
import { doneToday, revealByKeyboard } from "../study/helpers";

const QUIZLET = "el gato\tthe cat\nel perro\tthe dog\nla casa\tthe house\n";

async function uploadAndPreview(page: Page, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  await page.goto("/decks/import");
  await expect(page.getByRole("heading", { name: "Import a deck", level: 1 })).toBeVisible();
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole("heading", { name: /^Preview: / })).toBeVisible();
}

test("a learner imports a tab-separated file after a preview, studies a card and exports the deck to .apkg", async ({ page }) => {
  await openAsNewLearner(page, "Import Tester");
  await uploadAndPreview(page, "spanish.txt", Buffer.from(QUIZLET), "text/plain");
  await expect(page.getByRole("heading", { name: "Preview: 3 questions" })).toBeVisible();
  await expect(page.getByText("Terms and definitions split on tab, rows on new line.")).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("el gato");
  await expect(rows.nth(1)).toContainText("the cat");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Deck title").fill("My Spanish");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "Deck created with 3 questions" })).toBeVisible();
  await page.getByRole("link", { name: "Study now" }).click();
  await expect(page.getByRole("heading", { name: "Study", level: 1 })).toBeVisible();
  const deckId = new URL(page.url()).pathname.split("/").pop() as string;
  await revealByKeyboard(page);
  await page.keyboard.press("3");
  await expect.poll(() => doneToday(page)).toBe(1);

  // Only the owner sees it; it is private.
  await page.goto(`/decks/${deckId}`);
  await expect(page.getByRole("heading", { name: "My Spanish", level: 1 })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Anki (.apkg)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("my-spanish.apkg");
  const exported = await readApkg(readFileSync((await download.path()) as string));
  expect(exported.items.map((i) => [i.prompt, i.answer])).toEqual([
    ["el gato", "the cat"],
    ["el perro", "the dog"],
    ["la casa", "the house"],
  ]);

  const stranger = await page.context().browser()!.newContext();
  const other = await stranger.newPage();
  await other.goto("/");
  await signUpNewLearner(other, "Someone Else");
  expect((await other.goto(`/decks/${deckId}`))?.status()).toBe(404);
  expect((await other.request.get(`/api/decks/${deckId}/export?format=apkg`)).status()).toBe(404);
  await stranger.close();
});

test("an instructor imports an Anki package; media and image-only cards are reported, not imported", async ({ page }) => {
  await page.goto("/");
  await signInAs(page, demo.instructor);
  const apkg = await modernApkg(
    modernCollection([STOCK.basic, STOCK.reversed, STOCK.cloze], [
      { id: 1, mid: STOCK.basic.id, fields: ["Capital of Kenya", "Nairobi"], tags: ["geo"] },
      { id: 2, mid: STOCK.reversed.id, fields: ["Ghana", "Accra"] },
      { id: 3, mid: STOCK.cloze.id, fields: ['{{c1::Addis Ababa}} hosts the {{c2::African Union::organisation}} <img src="au.png">', ""] },
    ], "Africa"),
  );
  await uploadAndPreview(page, "africa.apkg", apkg, "application/octet-stream");
  await expect(page.getByRole("heading", { name: "Preview: 5 questions" })).toBeVisible();
  await expect(page.getByText("1 item left out")).toBeVisible();
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "Deck created with 5 questions" })).toBeVisible();
  await page.getByRole("link", { name: "Open deck" }).click();
  await expect(page.getByRole("heading", { name: "Africa", level: 1 })).toBeVisible();
  await expect(page.getByText("_____ hosts the African Union")).toBeVisible();
});

test("the import page passes axe in light and dark mode; screenshots at 390 and 1280 px", async ({ page }) => {
  test.skip(lookCheckedElsewhere, "a page's look does not depend on the database: the SQLite pass checks it");
  await openAsNewLearner(page, "Screenshot Tester");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await uploadAndPreview(page, "words.txt", Buffer.from(QUIZLET + "no separator here\n"), "text/plain");
      await expectNoSeriousA11yViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/screenshots/import-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
});
