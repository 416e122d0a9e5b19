import { expect, test } from "@playwright/test";
import { demo, openSignedIn } from "../support/auth";

// Issue 17 item 2, against the real production server: while one instructor's article is being generated,
// every other request is served at once. Generation runs in a worker thread with a 10 s limit (and a memory
// cap, which this article may hit first on a fast machine); before, it ran
// on the request thread and /api/health waited behind it.
const SLOW_ARTICLE = "Trade Talks\n\n" + "President Park Geun-hye visited Beijing on March 3, 2015, and signed a $2 billion deal with China. ".repeat(10_000);

// Tagged @alone: it measures the server's latency, so `npm test` runs it on its own after the two e2e passes that run side
// by side (scripts/e2e.ts), where another server's busy worker would share the two cores with this one.
test("a slow article does not hold up other requests, and stops with a clear message at its limit", { tag: "@alone" }, async ({ page, request }) => {
  test.setTimeout(90_000);
  await openSignedIn(page, demo.instructor, "/instructor/decks/new/from-article", { waitUntil: "networkidle" });
  await page.getByLabel("…or upload a file").setInputFiles({ name: "slow.txt", mimeType: "text/plain", buffer: Buffer.from(SLOW_ARTICLE) });
  await expect(page.getByText("Loaded slow.txt")).toBeVisible();
  // The mode that asks about most sentences: the most work per byte.
  await page.getByRole("radio", { name: /Many drafts to review/ }).check();

  const outcome = Promise.race([
    page.getByRole("alert").filter({ hasText: /took longer than 10 seconds|needed more memory than one article may use/ }).waitFor({ timeout: 40_000 }).then(() => "stopped" as const),
    page.waitForURL((url) => /^\/instructor\/decks\/(?!new)[^/]+$/.test(url.pathname), { timeout: 40_000 }).then(() => "generated" as const),
  ]);
  await page.getByRole("button", { name: "Generate draft deck" }).click();
  await page.waitForTimeout(500); // the upload has reached the server and the worker is busy

  const timings: number[] = [];
  for (let i = 0; i < 12; i++) {
    const started = Date.now();
    const response = await request.get("/api/health");
    timings.push(Date.now() - started);
    expect(response.status()).toBe(200);
    await page.waitForTimeout(250);
  }
  expect(Math.max(...timings), `health latencies (ms): ${timings.join(", ")}`).toBeLessThan(200);
  expect(await outcome).toBe("stopped");
});
