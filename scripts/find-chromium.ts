import { execFileSync, execSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function playwrightOwn(): string | null {
  try {
    const out = execFileSync("node", ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: "utf8" });
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

function found(): string | null {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  return candidates.find((c) => existsSync(c)) ?? playwrightOwn();
}

/**
 * A Chromium for the e2e suite: CHROMIUM_PATH, the system's, or Playwright's own; when none,
 * install Debian's package as root or Playwright's download otherwise, or stop with one line.
 */
export function findOrInstallChromium(): string {
  const existing = found();
  if (existing) return existing;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  try {
    if (isRoot) {
      console.log("[briefdeck] no Chromium found: installing Debian's chromium package…");
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", { stdio: "inherit" });
    } else {
      console.log("[briefdeck] no Chromium found: trying Playwright's download…");
      execSync("npx playwright install chromium", { stdio: "inherit" });
    }
  } catch {
    // fall through to the one-line instruction below
  }
  const after = found();
  if (after) return after;
  throw new Error("No Chromium for the browser tests: install one (sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.");
}
