// How sums of money are written, for any country an article may come from. Before this list an amount was money only
// in a dozen Western and a few other currencies: "52 million kroner", "TSh 248.3 billion" or "1.2 billion tenge" were
// not figures at all, so a results story from Norway, Tanzania or Kazakhstan had no question about its profit.

/** Currency words written after the figure ("52 million kroner"), plural forms and the ones whose plural is the same. */
export const CURRENCY_WORDS: readonly string[] = [
  "dollars", "euros", "pounds", "yen", "yuan", "renminbi", "won", "rubles", "roubles", "pesos", "rupees", "francs", "rand",
  "reais", "shillings", "naira", "lira", "lire", "kroner", "krone", "kronor", "krona", "kronur", "koruna", "korun", "zlotys",
  "zloty", "złoty", "złotys", "forints", "forint", "lei", "leva", "dinars", "dirhams", "dirham", "rials", "riyals", "ringgit",
  "baht", "dong", "rupiah", "soles", "bolivianos", "guaranies", "quetzales", "colones", "lempiras", "córdobas", "cordobas",
  "birr", "cedis", "kwacha", "pula", "taka", "tenge", "som", "soms", "manat", "lari", "drams", "hryvnias", "hryvnia",
  "tugrik", "tugriks", "tögrög", "kyat", "kip", "riels", "ariary", "dalasi", "leones", "rufiyaa", "ngultrum", "afghanis",
  "somoni", "escudos", "pesetas", "guilders", "drachmas", "florins", "shekels", "kina", "tala", "vatu", "denars", "kuna",
  "meticais", "kwanzas", "ouguiyas",
];

/** Another country's dollar, by the letters before "$" ("C$1.15 billion"), and how it is written out. */
export const LOCAL_DOLLARS: Readonly<Record<string, string>> = { C: "Canadian dollars", A: "Australian dollars", NZ: "New Zealand dollars", HK: "Hong Kong dollars", S: "Singapore dollars", R: "reais", NT: "New Taiwan dollars" };
/** Those letters as a regex alternation ("C|A|NZ|…"). */
export const LOCAL_DOLLAR_PREFIXES = Object.keys(LOCAL_DOLLARS).join("|");

/**
 * Written before the figure: signs, and the codes and abbreviations newspapers use ("TSh 248.3 billion",
 * "NOK 52 million", "Rs 4.1 billion", "RM 120 million"). The dollar's country prefixes ("C$", "NZ$") are the
 * dollar's own forms (accepted-answers.ts).
 */
export const CURRENCY_SIGNS = "$€£¥₹₦₩₱₺₽฿₫₸₴₪₡₲₵₭₮";
export const CURRENCY_CODES: readonly string[] = [
  "TSh", "KSh", "USh", "Rs", "Rp", "RM", "NOK", "SEK", "DKK", "ISK", "CHF", "PLN", "CZK", "HUF", "RON", "BGN", "RUB", "UAH",
  "KZT", "KGS", "UZS", "INR", "PKR", "LKR", "BDT", "NPR", "IDR", "MYR", "THB", "VND", "PHP", "SGD", "HKD", "CNY", "RMB", "JPY",
  "KRW", "TWD", "AUD", "NZD", "CAD", "USD", "EUR", "GBP", "ZAR", "NGN", "GHS", "KES", "TZS", "UGX", "ETB", "RWF", "XOF",
  "XAF", "MAD", "EGP", "TND", "DZD", "JOD", "SAR", "AED", "QAR", "OMR", "KWD", "BHD", "ILS", "IQD", "BRL", "ARS", "CLP",
  "COP", "PEN", "MXN", "BOB", "PYG", "UYU", "GTQ", "CRC", "MNT", "GEL", "AMD", "AZN",
];

/** Whose currency, before its word ("Norwegian kroner", "CFA francs"), beyond the demonyms in countries.ts. */
export const CURRENCY_QUALIFIERS: readonly string[] = [
  "CFA", "Hong Kong", "New Zealand", "New Taiwan", "East Caribbean", "Sri Lankan", "South African", "Swiss", "Czech", "Saudi",
  "Emirati", "Jordanian", "Omani", "Kuwaiti", "Bahraini", "Qatari", "Egyptian", "Moroccan", "Tunisian", "Algerian", "Turkish",
  "Norwegian", "Swedish", "Danish", "Icelandic", "Polish", "Hungarian", "Romanian", "Bulgarian", "Serbian", "Croatian",
  "Kazakh", "Kyrgyz", "Uzbek", "Nigerian", "Ghanaian", "Kenyan", "Ugandan", "Tanzanian", "Zambian", "Malawian", "Ethiopian",
  "Brazilian", "Peruvian", "Bolivian", "Argentine", "Argentinian", "Colombian", "Chilean", "Mexican", "Uruguayan",
  "Philippine", "Indian", "Pakistani", "Nepalese", "Australian", "Canadian", "Fijian", "Jamaican", "Namibian", "Singapore",
  "Malaysian", "Indonesian", "Israeli", "Iraqi", "Iranian", "Lebanese", "Syrian", "Sudanese", "Libyan",
];

/** The euro and sterling, written with a sign, a code or a word ("€480 million", "EUR 480 million", "480 million euros"). */
export const SIGNED_CURRENCIES: ReadonlyArray<{ symbol: string; code: string; word: string; re: RegExp }> = [
  { symbol: "€", code: "EUR", word: "euros", re: /^€|\beuros?$|^EUR\b/i },
  // (Bare "pounds" is not sterling: Egypt, Lebanon and Syria count in pounds too.)
  { symbol: "£", code: "GBP", word: "pounds", re: /^£|\bpounds? sterling$|^GBP\b/i },
];

/**
 * The other ways a student writes a sum given with a code or a sign ("Rs 104.3 crore" is also "₹104.3 crore" and
 * "104.3 crore rupees"). Only unambiguous forms: "¥" is both yen and yuan, and "$" belongs to many countries.
 */
export const CURRENCY_FORMS: Readonly<Record<string, { word: string; sign?: string; code?: string }>> = {
  // ("Rs" writes the rupee of India, Pakistan, Sri Lanka, Nepal, Mauritius and the Seychelles: "Rs 420 million" in
  // Mauritius is no "₹420 million", set 285.)
  Rs: { word: "rupees" }, INR: { word: "rupees", sign: "₹", code: "Rs" }, "₹": { word: "rupees", code: "Rs" },
  PKR: { word: "rupees" }, LKR: { word: "rupees" }, NPR: { word: "rupees" }, BDT: { word: "taka" },
  TSh: { word: "shillings", code: "TZS" }, TZS: { word: "shillings", code: "TSh" }, KSh: { word: "shillings", code: "KES" },
  KES: { word: "shillings", code: "KSh" }, USh: { word: "shillings", code: "UGX" }, UGX: { word: "shillings", code: "USh" },
  NOK: { word: "kroner" }, DKK: { word: "kroner" }, SEK: { word: "kronor" }, CHF: { word: "francs" }, PLN: { word: "zlotys" },
  CZK: { word: "koruna" }, HUF: { word: "forints" }, RON: { word: "lei" }, BGN: { word: "leva" }, RUB: { word: "roubles", sign: "₽" },
  "₽": { word: "roubles", code: "RUB" }, UAH: { word: "hryvnias", sign: "₴" }, "₴": { word: "hryvnias", code: "UAH" },
  KZT: { word: "tenge", sign: "₸" }, "₸": { word: "tenge", code: "KZT" }, KGS: { word: "som" }, UZS: { word: "som" },
  Rp: { word: "rupiah", code: "IDR" }, IDR: { word: "rupiah", code: "Rp" }, RM: { word: "ringgit", code: "MYR" },
  MYR: { word: "ringgit", code: "RM" }, THB: { word: "baht", sign: "฿" }, "฿": { word: "baht", code: "THB" },
  VND: { word: "dong", sign: "₫" }, "₫": { word: "dong", code: "VND" }, PHP: { word: "pesos", sign: "₱" }, "₱": { word: "pesos", code: "PHP" },
  CNY: { word: "yuan" }, RMB: { word: "yuan" }, JPY: { word: "yen" }, KRW: { word: "won", sign: "₩" }, "₩": { word: "won", code: "KRW" },
  NGN: { word: "naira", sign: "₦" }, "₦": { word: "naira", code: "NGN" }, GHS: { word: "cedis" }, ETB: { word: "birr" },
  ZAR: { word: "rand" }, SAR: { word: "riyals" }, QAR: { word: "riyals" }, AED: { word: "dirhams" }, MAD: { word: "dirhams" },
  JOD: { word: "dinars" }, KWD: { word: "dinars" }, BHD: { word: "dinars" }, TND: { word: "dinars" }, OMR: { word: "rials" },
  BRL: { word: "reais" }, PEN: { word: "soles" }, GEL: { word: "lari" }, AMD: { word: "drams" }, AZN: { word: "manat" },
  MNT: { word: "tugrik" }, TRY: { word: "lira", sign: "₺" }, "₺": { word: "lira" }, ILS: { word: "shekels", sign: "₪" }, "₪": { word: "shekels", code: "ILS" },
};
