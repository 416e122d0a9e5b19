// Analysis: the contest a sports report is about, named as its lead names it ("the SANFL grand final", "the European
// Curling Championships"), so that a fact of the match can say which match it is from ("In the SANFL grand final,
// goal shooter _____ scored…"). Only what the lead writes with capitals counts: the code knows no competition by name.

// A run of capitalised words, with "of", "de" or "&" inside ("Sultanlar League", "World Indoor Bowls Championship").
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:of|de|del|la|&)\s)?\p{Lu}[\p{L}'’.-]*){0,5}`;
const DIVISION = String.raw`(?:(?:men's|women's|mixed|junior|under-\d+)\s+)?`;
// "in the SANFL grand final", "the final of the English Open", "won the Camanachd Cup", "at the African Swimming Championships".
const FINAL_RE = new RegExp(String.raw`\b(?:in|of|won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?)\s+the\s+(${DIVISION}${NAME})\s+((?:grand\s+)?final)\b`, "u");
const FINAL_OF_RE = new RegExp(String.raw`\bthe\s+((?:grand\s+)?final)\s+of\s+the\s+(${DIVISION}${NAME})`, "u");
const TITLE_RE = new RegExp(String.raw`\b(?:won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?|at)\s+the\s+(${DIVISION}${NAME}\s(?:Championships?|Cup|Trophy|Open|Masters|Games|Classic|Shield|Plate|Series))\b`, "u");

// "won the Lithuanian Basketball League title … in the deciding game of the final": the final of that league.
const LEAGUE_TITLE_RE = new RegExp(String.raw`\b(?:won|win|wins|lift(?:ed|s)?|retain(?:ed|s)?|claim(?:ed|s)?|take|took|takes|clinch(?:ed|es)?)\s+the\s+(${DIVISION}${NAME})\s+(?:title|crown)\b`, "u");

/** "the SANFL grand final", "the final of the English Open", "the European Curling Championships", or null. */
export function sportEvent(lead: string): string | null {
  const final = FINAL_RE.exec(lead);
  if (final?.[1] && final[2]) return `the ${final[1]} ${final[2]}`;
  const of = FINAL_OF_RE.exec(lead);
  if (of?.[1] && of[2]) return `the ${of[1]} of the ${of[2]}`;
  const league = LEAGUE_TITLE_RE.exec(lead);
  if (league?.[1] && /\bfinal\b/.test(lead)) return `the ${league[1]} final`;
  const title = TITLE_RE.exec(lead);
  return title?.[1] ? `the ${title[1]}` : null;
}
