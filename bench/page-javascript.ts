import { gzipSync } from "node:zlib";
import { BENCH_DECK_ID, BENCH_PASSWORD, benchEmail } from "./fixtures/build-learning-db";
import { signIn, type BenchServer } from "./support/server";
import type { Report } from "./support/stats";

/**
 * The JavaScript a signed-in learner's browser downloads to open the study page: every script the HTML
 * references (src attributes, including Next's async chunks listed in the page), each fetched from the
 * server and gzipped at the default level, as a web server would send it. Inline scripts (the RSC payload)
 * are page data, counted separately.
 */
export async function benchPageJavaScript(report: Report, server: BenchServer, learnerIndex: number): Promise<void> {
  report.section("Study page JavaScript (/study/[deckId], production build)");
  const cookie = await signIn(server.url, benchEmail(learnerIndex), BENCH_PASSWORD);
  const page = await fetch(`${server.url}/study/${BENCH_DECK_ID}`, { headers: { cookie } });
  if (!page.ok) throw new Error(`/study/${BENCH_DECK_ID} → ${page.status}`);
  const html = await page.text();
  const sources = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js[^"]*)"/g)) sources.add(m[1]!);
  // Chunks Next preloads for this route appear as <link rel="preload" as="script"> too.
  for (const m of html.matchAll(/<link[^>]*\shref="([^"]+\.js[^"]*)"[^>]*as="script"/g)) sources.add(m[1]!);
  let gzipped = 0;
  let raw = 0;
  const sizes: Array<[string, number]> = [];
  for (const src of sources) {
    const r = await fetch(new URL(src.replace(/&amp;/g, "&"), server.url));
    if (!r.ok) throw new Error(`${src} → ${r.status}`);
    const bytes = Buffer.from(await r.arrayBuffer());
    const z = gzipSync(bytes).length;
    raw += bytes.length;
    gzipped += z;
    sizes.push([src.replace(/^.*\/chunks\//, ""), z]);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  report.add(`study page JavaScript, gzipped, ${sources.size} files (target < 150 KB)`, gzipped / 1000, "KB");
  report.add("study page JavaScript, uncompressed", raw / 1000, "KB");
  report.add("inline scripts (RSC payload), uncompressed", inline / 1000, "KB");
  report.note(`largest: ${sizes.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, z]) => `${n} ${(z / 1000).toFixed(1)} KB`).join(", ")}`);
}
