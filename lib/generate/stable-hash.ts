import { stableHash } from "@/lib/random/stable-hash";

/** Deterministic shuffle keyed by `seed`. */
export function stableOrder<T>(items: readonly T[], seed: string, key: (t: T) => string): T[] {
  // Hash each item once (not per comparison); ties broken by code-unit order, which unlike
  // localeCompare is the same on every machine and cheap.
  return items
    .map((item) => ({ item, k: key(item), h: stableHash(seed + key(item)) }))
    .sort((a, b) => a.h - b.h || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}
