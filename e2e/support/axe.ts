import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Whether this run skips what only concerns a page's look (axe, screenshots): the PostgreSQL pass does. */
export const lookCheckedElsewhere = process.env.E2E_DATABASE === "postgres";

/** Fails on serious or critical axe violations, listing them so the failure says what to fix. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // The PostgreSQL pass (E2E_DATABASE=postgres) runs the same pages with the same markup as the SQLite pass, which
  // scans them all; scanning again would only spend a minute and a half of CI on the same result.
  if (lookCheckedElsewhere) return;
  // Next streams a page's metadata after its body, so right after a client navigation the <title> can still be on
  // its way (a CI run once scanned in that gap): wait for it, then scan. A page that never gets a title still fails here.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}
