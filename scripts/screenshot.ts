// Screenshots of pages at phone and desktop width, light and dark, for looking at what we build.
// Usage: tsx scripts/screenshot.ts --base http://localhost:3000 --out /tmp/shots [--login email:password] /path1 /path2 ...
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const base = arg("base") ?? "http://localhost:3000";
  const out = arg("out") ?? "/tmp/shots";
  const login = arg("login");
  const named = new Set(["--base", "--out", "--login"]);
  const paths = process.argv.slice(2).filter((a, i, all) => !named.has(a) && !named.has(all[i - 1] ?? ""));
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, baseURL: base });
      if (login) {
        const [email, password] = login.split(":");
        await context.request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin: base } });
      }
      const page = await context.newPage();
      for (const p of paths) {
        await page.goto(p, { waitUntil: "networkidle" });
        const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
