import type { CardStatInput } from "./types";

export type StabilityBin = { label: string; description: string; min: number; max: number; count: number };

// Upper bounds in days (exclusive); the last bin is open-ended.
const BINS: { label: string; description: string; max: number }[] = [
  { label: "<1d", description: "under 1 day", max: 1 },
  { label: "1–3d", description: "1 to 3 days", max: 3 },
  { label: "3–7d", description: "3 to 7 days", max: 7 },
  { label: "1–2w", description: "1 to 2 weeks", max: 14 },
  { label: "2w–1m", description: "2 weeks to 1 month", max: 30 },
  { label: "1–3m", description: "1 to 3 months", max: 90 },
  { label: "3–6m", description: "3 to 6 months", max: 180 },
  { label: ">6m", description: "over 6 months", max: Infinity },
];

/** How long studied cards would take to fall to 90 % recall (FSRS stability, days); new cards are left out. */
export function stabilityHistogram(cards: readonly Pick<CardStatInput, "state" | "stability">[]): StabilityBin[] {
  const out = BINS.map((b, i) => ({ label: b.label, description: b.description, min: i === 0 ? 0 : (BINS[i - 1]?.max ?? 0), max: b.max, count: 0 }));
  for (const c of cards) {
    if (c.state === 0) continue;
    const s = Number.isFinite(c.stability) ? Math.max(0, c.stability) : 0;
    const bin = out.find((b) => s < b.max) ?? out[out.length - 1];
    if (bin) bin.count++;
  }
  return out;
}
