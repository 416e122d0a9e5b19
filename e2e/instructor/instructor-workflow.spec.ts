import { expect, test, type Page } from "@playwright/test";
import { demo, openAsNewLearner, openSignedIn, signUpNewLearner } from "../support/auth";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { parseCsv } from "../../lib/csv/parse-csv";

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// Written for this test (not one of the seeded articles): dates and amounts for the generator.
const ARTICLE = `Vietnam and Chile Sign Copper Supply Pact ${unique}

By Linh Tran

March 14, 2025

Vietnam and Chile signed a copper supply agreement in Santiago on March 12, 2025, committing Chile to deliver 150,000 tons of refined copper over three years.

The deal is worth about $1.4 billion, according to Vietnam's Ministry of Industry and Trade. Deliveries begin in July 2025 through the port of Valparaíso.

Chile's trade minister said the agreement would raise bilateral trade by 12 percent in 2026. Vietnam imported $320 million of Chilean copper in 2024.

Hanoi plans to use the metal for a new cable factory in Hai Phong, which is expected to employ 2,400 workers when it opens in 2027.

The two governments will review the pact in 2028, when prices are set again for a further 60,000 tons.
`;

async function waitForStatus(page: Page, text: RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

test("instructor turns an article into a published deck, runs a class and sees a learner's progress", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // 1. Generate a draft deck from pasted text.
  await openSignedIn(page, demo.instructor, "/instructor/decks/new/from-article", { waitUntil: "networkidle" });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Generate draft deck" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "empty" })).toBeVisible();
  await page.getByLabel("Article text").fill(ARTICLE);
  // Many drafts, so the review steps below have enough to approve, reject and edit.
  await page.getByRole("radio", { name: /Many drafts to review/ }).check();
  await page.getByRole("button", { name: "Generate draft deck" }).click();
  await page.waitForURL((url) => /^\/instructor\/decks\/[^/]+$/.test(url.pathname) && url.pathname !== "/instructor/decks/new", { timeout: 30_000 });
  const deckId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/instructor/decks/${deckId}`, { waitUntil: "networkidle" }); // hydrated before clicking
  const rows = page.getByTestId("question-row");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(`${total} to review`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // 2. Review: approve three, reject the fourth, edit the first.
  for (const n of [1, 2, 3]) {
    await page.getByRole("button", { name: `Approve question ${n}`, exact: true }).click();
    await expect(rows.nth(n - 1).getByText("approved", { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Reject question 4", exact: true }).click();
  await expect(rows.nth(3).getByText("rejected", { exact: true })).toBeVisible();
  const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-question-id")!));
  const answers = await rows.evaluateAll((els) => els.map((el) => el.querySelector('[data-testid="question-answer"]')?.textContent ?? ""));
  const rejectedPrompt = (await rows.nth(3).getByTestId("question-prompt").textContent())!;

  await page.getByRole("button", { name: "Edit question 1", exact: true }).click();
  const editor = page.getByRole("form", { name: "Edit question" });
  const prompt = editor.getByRole("textbox", { name: /Prompt|Sentence with a blank/ });
  const editedPrompt = `${(await prompt.inputValue()).trim()} (edited ${unique})`;
  await prompt.fill(editedPrompt);
  await expect(editor.getByRole("group", { name: "Learner preview" })).toContainText(`(edited ${unique})`);
  await editor.getByRole("button", { name: "Save question" }).click();
  await expect(rows.first().getByTestId("question-prompt")).toHaveText(editedPrompt);
  const prompts = await rows.getByTestId("question-prompt").allInnerTexts();

  // 3. Settings: visible to classes, then publish.
  await page.getByLabel("Visibility").selectOption("class");
  await page.getByRole("button", { name: "Save settings" }).click();
  await waitForStatus(page, /Settings saved/);
  await page.getByRole("button", { name: "Publish deck" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();

  // 4. Class with a join code; assign the deck with a due date.
  await page.goto("/instructor/classes/new", { waitUntil: "networkidle" });
  const className = `Trade desk ${unique}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL((url) => /^\/instructor\/classes\/[^/]+$/.test(url.pathname) && url.pathname !== "/instructor/classes/new");
  await page.waitForLoadState("networkidle");
  const classUrl = new URL(page.url()).pathname;
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  await page.getByLabel("Deck", { exact: true }).selectOption(deckId);
  await page.getByLabel("Due date (optional)").fill("2030-06-30");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("due 30 Jun 2030")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // 5. A fresh learner joins with the code and studies two cards.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto("/");
  const learnerName = `Learner ${unique}`;
  await signUpNewLearner(learner, learnerName);
  await learner.goto("/join", { waitUntil: "networkidle" });
  await learner.getByLabel("Join code").fill("WRONGCDE");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("alert").filter({ hasText: "not found" })).toBeVisible();
  await learner.getByLabel("Join code").fill(code.toLowerCase());
  await learner.getByRole("button", { name: "Join class" }).click();
  await learner.waitForURL(/\/classes/);
  await expect(learner.getByRole("heading", { name: className })).toBeVisible();
  await expect(learner.getByText("Due 30 Jun 2030")).toBeVisible();
  await expectNoSeriousA11yViolations(learner);

  // Study two cards on the real study screen: the first answered right (Good), the second wrong (Again).
  await learner.goto(`/study/${deckId}`, { waitUntil: "networkidle" });
  const studied: { id: string; correct: boolean; wrong: string | null }[] = [];
  for (let i = 0; i < 2; i++) {
    const card = learner.getByTestId("study-card");
    await expect(card).toBeVisible();
    const id = (await card.getAttribute("data-question-id"))!;
    const answer = answers[ids.indexOf(id)]!;
    const right = i === 0;
    let wrong: string | null = null;
    const textbox = card.getByRole("textbox", { name: "Your answer" });
    const options = card.getByRole("list", { name: "Options" });
    if (await textbox.isVisible()) {
      wrong = right ? null : "not the answer 999";
      await textbox.fill(right ? answer : wrong!);
      await textbox.press("Enter");
    } else if (await options.isVisible()) {
      const labels = await options.locator("button span.flex-1").allInnerTexts();
      const pick = right ? labels.indexOf(answer) : labels.findIndex((l) => l !== answer);
      wrong = right ? null : labels[pick]!;
      await options.getByRole("button").nth(pick).click();
    } else {
      await card.getByRole("button", { name: /Show answer/ }).click();
    }
    const grades = learner.getByRole("group", { name: "Rate how well you knew it" });
    await grades.getByRole("button", { name: right ? /^Good/ : /^Again/ }).click();
    await expect(learner.getByTestId("progress-text")).toContainText(`${i + 1} done today`);
    studied.push({ id, correct: right, wrong });
  }
  await learnerContext.close();

  // 6. The instructor's dashboards show exactly that.
  await page.goto(`${classUrl}/progress`);
  const row = page.getByTestId("progress-row").filter({ hasText: learnerName });
  await expect(row.locator('[data-col="studied"]')).toHaveText("2");
  await expect(row.locator('[data-col="completion"]')).toHaveText(`${Math.round((2 / 3) * 100)}%`);
  await expect(row.locator('[data-col="retention"]')).toContainText("50%");
  await expect(row.locator('[data-col="lastActive"]')).toHaveText("today");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${classUrl}/questions`);
  const statRows = page.getByTestId("question-stat-row");
  await expect(statRows).toHaveCount(3); // approved questions only
  for (const st of studied) {
    const row = statRows.filter({ has: page.getByText(prompts[ids.indexOf(st.id)]!, { exact: true }) });
    await expect(row.locator('[data-col="attempts"]')).toHaveText("1");
    await expect(row.locator('[data-col="first-try"]')).toContainText(st.correct ? "100%" : "0%");
    if (st.wrong) await expect(row).toContainText(st.wrong.toLowerCase());
  }
  const untouched = ids.slice(0, 3).find((id) => !studied.some((st) => st.id === id))!;
  await expect(statRows.filter({ has: page.getByText(prompts[ids.indexOf(untouched)]!, { exact: true }) }).locator('[data-col="attempts"]')).toHaveText("0");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${classUrl}`);
  await page.getByRole("link", { name: learnerName }).click();
  await expect(page.getByTestId("history-row")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // 7. CSV exports parse and hold the expected rows.
  const deckCsv = await page.request.get(`/instructor/decks/${deckId}/export.csv`);
  expect(deckCsv.headers()["content-type"]).toContain("text/csv");
  const deckRows = parseCsv(await deckCsv.text()).map((r) => r.fields);
  expect(deckRows[0]).toEqual(["front", "back", "kind", "choices", "tags", "source"]);
  expect(deckRows).toHaveLength(total); // header + every question except the rejected one
  expect(deckRows.some((r) => r[0] === editedPrompt)).toBe(true);
  expect(deckRows.some((r) => r[0] === rejectedPrompt)).toBe(false);

  const gradebook = await page.request.get(`${classUrl}/gradebook.csv`);
  const gradeRows = parseCsv(await gradebook.text()).map((r) => r.fields);
  expect(gradeRows).toHaveLength(2);
  expect(gradeRows[1]!.slice(0, 4)).toEqual([learnerName, expect.stringContaining("@example.test"), "2", "3"]);

  await page.goto("/instructor");
  await expect(page.getByRole("link", { name: className })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("another instructor's deck and class pages are not found, and learners cannot open the workspace", async ({ page }) => {
  await openAsNewLearner(page);
  const res = await page.goto("/instructor");
  expect(res?.status()).toBe(404);
  const csv = await page.request.get("/instructor/decks/some-deck/export.csv");
  expect(csv.status()).toBe(404);
});

test("hand-made deck: validation messages, keyboard reorder, CSV import that reports bad rows and changes nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await openSignedIn(page, demo.instructor, "/instructor/decks/new", { waitUntil: "networkidle" });
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Title").fill(`Hand-made ${unique}`);
  await page.getByRole("button", { name: "Create deck" }).click();
  await page.waitForURL((url) => /^\/instructor\/decks\/[^/]+$/.test(url.pathname) && url.pathname !== "/instructor/decks/new");
  await page.waitForLoadState("networkidle");
  const deckPath = new URL(page.url()).pathname;

  // A multiple-choice question whose answer is not among the choices is refused with a field message.
  const form = page.getByRole("form", { name: "New question" });
  await form.getByLabel("Kind").selectOption("multiple_choice");
  await form.getByLabel("Prompt (front)").fill("Which port handles the copper deliveries?");
  await form.getByLabel("Answer (back)").fill("Valparaíso");
  for (const [i, c] of ["Antofagasta", "San Antonio", "Iquique", "Arica"].entries()) await form.getByLabel(`Choice ${i + 1}`).fill(c);
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "The answer must be one of the choices." })).toBeVisible();
  await form.getByLabel("Choice 4").fill("Valparaíso");
  await expect(form.getByRole("group", { name: "Learner preview" })).toContainText("Valparaíso");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Question added." })).toBeVisible();

  await form.getByLabel("Kind").selectOption("typed");
  await form.getByLabel("Prompt (front)").fill("In which year does the cable factory open?");
  await form.getByLabel("Answer (back)").fill("2027");
  await form.getByLabel("Accepted alternatives").fill("twenty twenty-seven");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByTestId("question-row")).toHaveCount(2);

  // Keyboard-only reorder: focus "Down" on the first question and press Enter.
  await page.getByRole("button", { name: "Down: move question 1 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-prompt").first()).toHaveText("In which year does the cable factory open?");

  // CSV import with a bad row: nothing is imported, the row is reported with its line number.
  const bad = ["front,back,kind,choices,tags,source", "Capital of Chile?,Santiago,flashcard,,geo,", "Pick one,Lima,multiple_choice,Lima|Quito,geo,"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByText(/Line 3: choices: A multiple-choice question needs exactly 4 choices/)).toBeVisible();
  await expect(page.getByTestId("question-row")).toHaveCount(2);
  const good = ["front,back,kind,choices,tags,source", "Capital of Chile?,Santiago,flashcard,,geo,"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByText("Imported 1 question.")).toBeVisible();
  await expect(page.getByTestId("question-row")).toHaveCount(3);

  // Filter by kind (server-side, via the URL).
  await page.goto(`${deckPath}?kind=typed`, { waitUntil: "networkidle" });
  await expect(page.getByTestId("question-row")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});
