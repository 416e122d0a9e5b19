// Small word lists shared by the extractors.

export const STOP_WORDS = new Set(
  ("a an the and or but if while of to in on at by for from with without as is are was were be been being has have had do does did " +
    "this that these those it its it’s their them they he she his her we our you your i not no nor so than too very can could would " +
    "should may might must will shall into onto over under about above below between through during before after again further then " +
    "once here there when where why how all any both each few more most other some such only own same just also even still yet " +
    "which who whom whose what up down out off own one ones per via vs").split(/\s+/),
);

// Capitalised words that start sentences or headings but are never entities on their own.
export const CAPITALISED_NON_ENTITIES = new Set(
  ("The A An And But Or If While Although Though Whereas Despite However Moreover Furthermore Additionally Also In On At By For From " +
    "With Without As It Its This That These Those There Their They He She His Her We Our You I Such Still Yet Meanwhile Therefore " +
    "Thus Instead Finally Further First Second Third Last Next Over Under After Before During Since Until When Where Why How What Which " +
    "Who Nearly Just Some Many Most Several Recent Local Central State Emblematic Complementing Contemporaneously Previously Interestingly " +
    "Taken Together Beyond Given Unwilling Already Established Even According Prior Under Whereas Already Both Each Every Another One Two " +
    "Three Four Five Six Seven Eight Nine Ten Not No Yes Relations Ties Cooperation Exports Imports Seventy-two Twenty-seven Fifteen Local " +
    "Government Party President Minister Premier Chairman Secretary Director Foreign Vice Prime Assistant Senior Council Ministry " +
    "North South Soviet Western Eastern " +
    // ("Then Dylan Corowa took one strong mark…": an adverb opening the sentence, set 233's answer "Then Dylan Corowa".)
    "Then Now Later Soon Today Yesterday Tonight Eventually Suddenly Afterwards Again Perhaps Here Earlier").split(/\s+/),
);

// Adjectives that are never an entity on their own ("European countries") but may start one
// ("European Research Council").
export const LONE_ADJECTIVES = new Set("European Asian Korean Economic Chinese Arctic Pacific Atlantic".split(" "));

// Capitalised function words: the only words stripped from the front of an organisation name.
export const FUNCTION_CAPS = new Set("The A An And But Or If While Although In On At By For From With As It This That Under Over After Before During Since Even According Both Yet Still Meanwhile However Instead Thus".split(" "));

// Courtesy titles before a surname ("Mr Flemmen", "Dr Lindqvist", "Cr Gallagher" for a councillor): the person is the
// one the article names in full. One list, so a title that names a speaker also resolves a surname everywhere else.
export const COURTESY_TITLE = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cr|Cllr)";
/** A name that opens with a courtesy title ("Dr. Ben-Ari"). */
export const COURTESY_TITLE_START_RE = new RegExp(`^${COURTESY_TITLE}\\.?\\s`);
/** Particles a surname may open with ("Le Goff", "van der Berg", "De la Cruz"). */
const SURNAME_PARTICLE = "(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Ee]l|[Aa]l|[Tt]er|[Tt]en|[Bb]en|[Bb]in)";
export const SURNAME_PARTICLE_RE = new RegExp(`^${SURNAME_PARTICLE}$`);
/** A courtesy title and one surname, the whole of the text ("Mr Lechner", "Ms Le Goff"): the surname is group 1. */
export const TITLED_SURNAME_RE = new RegExp(`^${COURTESY_TITLE}\\.?\\s+((?:${SURNAME_PARTICLE}\\s+){0,2}\\S+)$`);

// Titles that precede a person's name ("Foreign Minister Ri Su-yong").
export const ROLE_TITLE_WORDS = new Set(
  ("President Vice Prime Minister Premier Chairman Chairwoman Chair Secretary Director Ambassador General Gen. Admiral Senator Governor " +
    "Mayor King Queen Prince Chancellor Deputy Assistant Foreign Defense Defence Unification Trade Finance Commerce Leader Envoy Coach " +
    "Captain Professor Prof. Dr. Dr Spokesman Spokeswoman Spokesperson Chief Executive Officer CEO Manager Striker Goalkeeper Midfielder " +
    "Defender Forward Researcher Astronomer Scientist Fellow Head Lead Commissioner Councillor Councilor Alderman " +
    // A player's position opening a sentence ("Winger Josaia Ravuvu scored…") is no part of the name.
    "Winger Full-back Fullback Fly-half Scrum-half Flanker Prop Hooker Centre-back Left-back Right-back Sweeper Playmaker " +
    "Pitcher Catcher Shortstop Outfielder Skipper Opener Batter Bowler Wicketkeeper Setter Libero Substitute Rookie Teenager").split(/\s+/),
);

export const ROLE_NOUN_RE =
  /\b(president|vice[- ]president|prime minister|minister|premier|chairman|chairwoman|chair|secretary|director|ambassador|general|senator|governor|mayor|king|queen|chancellor|deputy|envoy|leader|coach|captain|professor|spokes(?:man|woman|person)|chief executive|head|fellow|researcher|astronomer|scientist|striker|goalkeeper|winger|full-back|fly-half|scrum-half|flanker|pitcher|catcher|shortstop|skipper|playmaker|manager|commissioner|uncle|founder|editor|analyst|economist|biologist|forward|defender|midfielder|minister of [a-z ]+)\b/i;

// Words that mark a capitalised chunk as an organisation.
export const ORG_KEYWORDS =
  /\b(Council|Ministry|Institute|Agency|Party|Forum|Commission|Chamber|Union|Assembly|Association|University|School|Bank|Fund|Organi[sz]ation|Committee|Office|Department|Corporation|Company|Club|League|Federation|FC|Observatory|Laboratory|Lab|Society|Court|Parliament|Congress|Senate|Administration|Bureau|Authority|Group|Board|Service|Foundation|Centre|Center|Academy|Team|Network|Exchange|United|Rovers|Athletic|Wanderers|Journal|Inc\.?|Ltd\.?|Corp\.?)\b/;

export const ZONE_KEYWORDS = /\b(Zone|Zones|Port|Bridge|River|Island|Province|Prefecture|Region|Mountain|Mt\.|Stadium|Arena|Park|Complex|Valley|Bay|Sea|Lake|Desert|Peninsula)\b/;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
};

/** Parses "24,000", "1.5", "seven", "Twenty-seven", "Seventy-two", "a dozen" → number, else null. */
export function parseNumberWord(s: string): number | null {
  const t = s.toLowerCase().replace(/^a\s+/, "").trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t] ?? null;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (m) return (NUMBER_WORDS[m[1] ?? ""] ?? 0) + (NUMBER_WORDS[m[2] ?? ""] ?? 0);
  return null;
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 27 → "twenty-seven" (1..99), else the digits. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 20) return UNITS[n] ?? String(n);
  const t = TENS[Math.floor(n / 10)] ?? "";
  const u = n % 10;
  return u === 0 ? t : `${t}-${UNITS[u] ?? ""}`;
}

export const NUMBER_WORD_RE =
  "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozen)";
