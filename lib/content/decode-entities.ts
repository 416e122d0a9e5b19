const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", hellip: "…", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", copy: "©", reg: "®",
  trade: "™", euro: "€", pound: "£", yen: "¥", cent: "¢", deg: "°", middot: "·", bull: "•", times: "×", shy: "",
};

function fromCodePoint(code: number): string {
  // Beyond Unicode (&#x110000;), surrogates and NUL are not characters: the replacement character, as browsers do.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

/** Decodes numeric and common named HTML entities; never throws, and the bounded pattern keeps it linear. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8})|#(\d{1,10})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(Number(dec));
    return NAMED[(name ?? "").toLowerCase()] ?? whole;
  });
}
