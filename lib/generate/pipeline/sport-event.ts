// Analysis: the contest a sports report is about, named as its lead names it ("the SANFL grand final", "the European
// Curling Championships"), so that a fact of the match can say which match it is from ("In the SANFL grand final,
// goal shooter _____ scored…"). Only what the lead writes with capitals counts: the code knows no competition by name.

// A run of capitalised words, with "of", "de" or "&" inside ("Sultanlar League", "World Indoor Bowls Championship").
// ("Coast Cricket Association T20": a word may carry digits.)
const NAME = String.raw`\p{Lu}[\p{L}\d'’.-]*(?:\s(?:(?:of|de|del|du|da|do|la|&)\s)?\p{Lu}[\p{L}\d'’.-]*){0,7}`;
const DIVISION = String.raw`(?:(?:men's|women's|mixed|junior|under-\d+)\s+)?`;
// "the Benito Juárez state community basketball tournament", "the Estonian men's volleyball championship", "the Asturian
// promotion play-off": a name, then the words in lower case that say what competition it is (sets 234, 236, 237).
// ("the Madagascar national triples pétanque championship": a word in lower case may carry an accent, set 113.)
const NAMED_COMPETITION = String.raw`${NAME}(?:\s\p{Ll}[\p{Ll}'’-]*){1,4}\s(?:tournament|championship|play-?off|cup|league)`;
// "won the national kok-boru championship" (set 276): a competition named in lower case only, by its reach.
const REACH_COMPETITION = String.raw`(?:national|state|provincial|regional|territorial|county|district|inter-?\p{Ll}+)(?:\s\p{Ll}[\p{Ll}'’-]*){1,3}\s(?:tournament|championship|cup|league)`;
// "in the SANFL grand final", "the final of the English Open", "won the Camanachd Cup", "at the African Swimming Championships".
// ("in a breathless Premier Netball League grand final": an adjective or two may stand before the name.)
const FINAL_RE = new RegExp(String.raw`\b(?:in|of|won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?)\s+(?:the|a\s+(?:[a-z-]+\s+){0,2})\s*(${DIVISION}${NAME})\s+((?:grand\s+)?final)\b`, "u");
// ("the women's final of the Canadian Broomball Championships", "the men's team livestick final of the National Arnis
// Championships": what the final is of names the event.)
const FINAL_OF_RE = new RegExp(String.raw`\bthe\s+((?:(?:men's|women's|mixed|open|junior|team|[a-z]+)\s+){0,3}(?:grand\s+)?final)\s+of\s+the\s+(${DIVISION}(?:${NAMED_COMPETITION}|${NAME}))`, "u");
// ("won the Dutch Korfball League", "won the Coupe du Faso": a league, or a cup named in its own language.)
const TITLE_RE = new RegExp(String.raw`\b(?:won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?|at)\s+the\s+(${DIVISION}(?:${NAMED_COMPETITION}\b|${REACH_COMPETITION}\b|${NAME}\s(?:Championships?|Cup|Trophy|Open|Masters|Games|Classic|Shield|Plate|Series|League)|(?:Coupe|Copa|Coppa|Taça|Pokal)\s(?:(?:du|de|da|do|del|della|di)\s)?${NAME}))\b`, "u");

// "won the Lithuanian Basketball League title … in the deciding game of the final": the final of that league.
const LEAGUE_TITLE_RE = new RegExp(String.raw`\b(?:won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?)\s+the\s+(${DIVISION}${NAME})\s+(?:title|crown)\b`, "u");

/** "the SANFL grand final", "the final of the English Open", "the European Curling Championships", or null. */
export function sportEvent(lead: string): string | null {
  const event = eventIn(lead)?.replace(/\.\s.*$|[.,;:]+$/, "") ?? null;
  // ("the men's team final of the Colombian national championship": a name cut before its lower-case rest is no name.)
  return event && !/\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(event) ? event : null;
}

function eventIn(lead: string): string | null {
  const final = FINAL_RE.exec(lead);
  if (final?.[1] && final[2]) return `the ${final[1]} ${final[2]}`;
  const of = FINAL_OF_RE.exec(lead);
  if (of?.[1] && of[2]) return `the ${of[1]} of the ${of[2]}`;
  const league = LEAGUE_TITLE_RE.exec(lead);
  if (league?.[1] && /\bfinal\b/.test(lead)) return `the ${league[1]} final`;
  const title = TITLE_RE.exec(lead);
  return title?.[1] ? `the ${title[1]}` : null;
}
