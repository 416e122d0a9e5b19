import { gzipSync } from "node:zlib";
import { BENCH_DECK_ID, BENCH_PASSWORD, benchEmail } from "./fixtures/build-learning-db";
import { signIn, type BenchServer } from "./support/server";
import type { Report } from "./support/stats";

/**
 * The JavaScript a signed-in learner's browser downloads to open the study page: every script the HTML
 * references (src attributes and script preloads), each fetched from the server and gzipped at the default
 * level, as a web server would send it. `nomodule` scripts (Next's legacy polyfills) are skipped by every
 * browser that runs ES modules, so they are reported apart. Inline scripts (the RSC payload) are page data.
 */
export async function benchPageJavaScript(report: Report, server: BenchServer, learnerIndex: number): Promise<void> {
  report.section("Study page JavaScript (/study/[deckId], production build)");
  const cookie = await signIn(server.url, benchEmail(learnerIndex), BENCH_PASSWORD);
  const page = await fetch(`${server.url}/study/${BENCH_DECK_ID}`, { headers: { cookie } });
  if (!page.ok) throw new Error(`/study/${BENCH_DECK_ID} → ${page.status}`);
  const html = await page.text();
  const sources = new Set<string>();
  const legacy = new Set<string>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js[^"]*)"([^>]*)>/g)) (/\bnomodule\b/i.test(`${m[1]} ${m[3]}`) ? legacy : sources).add(m[2]!);
  // Chunks Next preloads for this route appear as <link rel="preload" as="script"> too.
  for (const m of html.matchAll(/<link[^>]*\shref="([^"]+\.js[^"]*)"[^>]*as="script"/g)) if (!legacy.has(m[1]!)) sources.add(m[1]!);
  const gzippedSize = async (src: string) => {
    const r = await fetch(new URL(src.replace(/&amp;/g, "&"), server.url));
    if (!r.ok) throw new Error(`${src} → ${r.status}`);
    const bytes = Buffer.from(await r.arrayBuffer());
    return { raw: bytes.length, gzipped: gzipSync(bytes).length };
  };
  let gzipped = 0;
  let raw = 0;
  const sizes: Array<[string, number]> = [];
  for (const src of sources) {
    const size = await gzippedSize(src);
    raw += size.raw;
    gzipped += size.gzipped;
    sizes.push([src.replace(/^.*\/chunks\//, ""), size.gzipped]);
  }
  let legacyGzipped = 0;
  for (const src of legacy) legacyGzipped += (await gzippedSize(src)).gzipped;
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  report.add(`study page JavaScript, gzipped, ${sources.size} files (target < 150 KB)`, gzipped / 1000, "KB");
  report.add("study page JavaScript, uncompressed", raw / 1000, "KB");
  report.add("inline scripts (RSC payload), uncompressed", inline / 1000, "KB");
  report.add(`legacy nomodule polyfills, gzipped (${legacy.size} file, not loaded by module browsers)`, legacyGzipped / 1000, "KB");
  report.note(`largest: ${sizes.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, z]) => `${n} ${(z / 1000).toFixed(1)} KB`).join(", ")}`);
}
