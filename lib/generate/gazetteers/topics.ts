// Topic tags: a tag is added when one of its cue words occurs in the source sentence.
export const TOPICS: ReadonlyArray<{ tag: string; cues: RegExp }> = [
  { tag: "sanctions", cues: /\bsanction/i },
  { tag: "trade", cues: /\b(trade|trading|exports?|imports?)\b/i },
  { tag: "aid", cues: /\b(aid|humanitarian|donat|assistance)\b/i },
  { tag: "nuclear", cues: /\bnuclear\b/i },
  { tag: "missiles", cues: /\b(missile|rocket)s?\b/i },
  { tag: "debt", cues: /\bdebt\b/i },
  { tag: "investment", cues: /\binvest/i },
  { tag: "tourism", cues: /\btouris/i },
  { tag: "diplomacy", cues: /\b(diplomat|ambassador|talks|summit|visit)/i },
  { tag: "economic zones", cues: /\b(economic (development |cooperation )?zones?|special economic|industrial complex)\b/i },
  { tag: "reform", cues: /\breform/i },
  { tag: "energy", cues: /\b(oil|gas|pipeline|coal|energy)\b/i },
  { tag: "infrastructure", cues: /\b(bridge|port|rail|pier|road|pipeline)\b/i },
  { tag: "sport", cues: /\b(match|goal|league|cup|championship|season|coach)\b/i },
  { tag: "science", cues: /\b(scientists?|researchers?|study|telescope|discover|species|laborator)/i },
];
