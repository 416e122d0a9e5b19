import { escapeRegExp } from "@/lib/escape-regexp";
import { COUNTRIES, REGIONS } from "./gazetteers/countries";
import { ORGANISATIONS } from "./gazetteers/organisations";
import { PEOPLE } from "./gazetteers/people";
import { PLACES } from "./gazetteers/places";
import type { EntityType } from "./types";

export type GazetteerHit = { surface: string; canonical: string; type: EntityType; adjective?: boolean };

// One alternation regex over every gazetteer surface form, longest first, so "North Korean" wins
// over "North Korea" and "United Nations Security Council" over "United Nations".
const SURFACES = new Map<string, { canonical: string; type: EntityType; adjective?: boolean }>();

function add(surface: string, canonical: string, type: EntityType, adjective?: boolean) {
  if (!SURFACES.has(surface)) SURFACES.set(surface, { canonical, type, adjective });
}

for (const c of COUNTRIES) {
  // (surfaces must start with a capital letter: see GAZ_RE)
  add(c.name, c.name, "country");
  for (const a of c.aliases) add(a, c.name, "country");
  for (const d of c.demonyms) add(d, c.name, "country", true);
}
for (const r of REGIONS) add(r, r, "region");
for (const p of PEOPLE) {
  add(p.name, p.name, "person");
  for (const a of p.aliases) add(a, p.name, "person");
}
for (const o of ORGANISATIONS) {
  add(o.name, o.name, "organisation");
  for (const a of o.aliases) add(a, o.name, "organisation");
}
for (const pl of PLACES) {
  const type: EntityType = pl.kind === "city" ? "city" : pl.kind === "zone" ? "zone" : "landmark";
  add(pl.name, pl.name, type);
  for (const a of pl.aliases) add(a, pl.name, type);
}


const GAZ_RE = new RegExp(
  // Every surface starts with a capital: the cheap lookahead rejects most positions before the
  // long alternation is tried (this regex dominates entity extraction time).
  `(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?:${[...SURFACES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}\\-])`,
  "gu",
);

export function findGazetteerHits(text: string): Array<GazetteerHit & { start: number; end: number }> {
  const out: Array<GazetteerHit & { start: number; end: number }> = [];
  for (const m of text.matchAll(GAZ_RE)) {
    const info = SURFACES.get(m[0]);
    if (!info) continue;
    out.push({ surface: m[0], canonical: info.canonical, type: info.type, adjective: info.adjective, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function lookupSurface(surface: string): { canonical: string; type: EntityType; adjective?: boolean } | undefined {
  return SURFACES.get(surface);
}

/** Every surface form that maps to `canonical` (used for accepted answers and truth checks). */
export function aliasesOf(canonical: string): string[] {
  return ALIASES.get(canonical) ?? [];
}

// Reverse index built once: aliasesOf runs for every distractor candidate, so it must be O(1).
const ALIASES = new Map<string, string[]>();
for (const [surface, info] of SURFACES) {
  if (info.adjective || surface === info.canonical) continue;
  const arr = ALIASES.get(info.canonical) ?? [];
  arr.push(surface);
  ALIASES.set(info.canonical, arr);
}
