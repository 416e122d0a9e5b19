// Stage 3 helper for the realiser: the result of the match a sports report is about, read from its lead as who beat whom
// by what score ("…gave Herning Blue Fox a 3-2 victory over Aalborg Pirates…", "…beating holders Ashbourne City 3-1…").
// A lead that tells the result usually tells the scorer, the minute and the venue too, and is far past a card's length:
// cut down, it lost the winner ("An 18-year-old substitute scored … to beat Bayanzurkh Wolves _____", set 181) or named
// the side only by its town ("The Irbid club …", set 183). The pooled blind reads accepted 19 of 22 fill-ins that named
// both sides and the final, so the realiser writes that shape itself: "<winner> beat <loser> _____ in <the final>".
// The code knows no team by name: a side is a run of capitalised words where the sentence's grammar puts one.
import { DATELINE_RE } from "./results-period";

export type SportResult = { winner: string; loser: string; score: string };

// A side: capitalised words (a number or a joiner inside: "Westland '54", "Club Deportivo de Montepuez", "Brighton &
// Hove Albion"), with "the" before it kept when the text writes it ("the Harbour Hawks").
const SIDE = String.raw`((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s(?:(?:de|del|da|do|di|dos|das|of|la|le|van|von|y|and|&)\s)?(?:\p{Lu}[\p{L}'’.&-]*|'\d\d|\d{1,4}))*)`;
// What a report writes before the beaten side: "defending champions", "holders", "Hungarian hosts", "their southern
// rivals", "minor premiers", "China's", "two-time defending champions", "their great rivals" (set 108).
const QUALIFIER = String.raw`(?:the\s+(?=\p{Ll}))?(?:(?:their|its|his|her|[a-z]+-time|defending|reigning|champions?|holders|hosts|visitors|favourites|favorites|minor|premiers|rivals|local|old|southern|northern|eastern|western|fierce|top\s+seeds?|second\s+seeds?|title)\s+|\p{Lu}[\p{L}-]+\s+(?=hosts\b|champions?\b|rivals\b|holders\b)|(?:[a-z-]+\s+){1,2}(?=(?:rivals|champions|holders|neighbours|neighbors|hosts)\b))*`;
const SCORE = String.raw`(\d{1,3}[-–]\d{1,3})`;
// "The Irbid club", "Scotland's men", "Viktor Almgren, a defender": a side ends where a name ends, never before a noun
// that says what the name qualifies or before more of the name.
const NOT_A_NOUN_AFTER = String.raw`(?!\s+(?:club|side|team|outfit|squad|men|women|boys|girls|\p{Lu}))`;
const WIN = String.raw`(?:win|victory|triumph|success)`;

// ("…gave Maribor a 2-1 extra-time win over Olimpija Ljubljana", set 274: a word may qualify the win after the score.)
const GIVE_RE = new RegExp(String.raw`\b(?:give|gave|giving|hand|handed|handing)\s+${SIDE}\s+(?:a|an|their|its)\s+(?:[a-z-]+\s+){0,2}${SCORE}\s+(?:[a-z-]+\s+)?${WIN}\s+(?:over|against)\s+${QUALIFIER}${SIDE}`, "u");
const OWN_WIN_RE = new RegExp(String.raw`${SIDE}['’]s?\s+(?:[a-z-]+\s+){0,2}${SCORE}\s+(?:[a-z-]+\s+)?${WIN}\s+(?:over|against)\s+${QUALIFIER}${SIDE}`, "u");
const BEAT_RE = new RegExp(String.raw`^(?:[^,]*?,\s+)?${SIDE}\s+(?:(?:came|fought|rallied)\s+(?:from\s+[^,]{2,40}?|back)\s+to\s+)?(?:beat|defeated|edged|overcame|downed|thrashed|stunned|upset|routed|edged\s+past|saw\s+off)\s+${QUALIFIER}${SIDE}\s+${SCORE}\b`, "u");
// "Wellington Olympic won the Chatham Cup on Sunday, beating Melville United 3-2", "Vakıf Ankara completed one of the great
// comebacks …, recovering from two sets down to beat defending champions Marmara Istanbul 3-2": the sentence's subject won.
const BEATING_RE = new RegExp(String.raw`^${SIDE}${NOT_A_NOUN_AFTER}\s+([^.;]*?)(?:,\s+|\s+)(?:(?:before|after)\s+)?(?:beating|defeating|edging|overcoming|to\s+beat|to\s+defeat|and\s+beat|and\s+defeated)\s+${QUALIFIER}${SIDE}\s+${SCORE}\b`, "u");
// "Sophie Lacasse scored … as Gatineau Éclair came from two goals down to beat the Saskatoon Wildfire 5-4": the side after
// "as" won, not the scorer.
// (Only a comeback may stand between: "as Kostas Zisis volleyed in a 93rd-minute winner to beat…" names the scorer.)
const AS_RE = new RegExp(String.raw`\bas\s+${SIDE}${NOT_A_NOUN_AFTER}\s+(?:(?:came|fought|rallied|recovered|hit)\s[^,.;]*?\s)?(?:beat|defeated|edged|overcame|to\s+beat|to\s+defeat)\s+${QUALIFIER}${SIDE}\s+${SCORE}\b`, "u");

// "the Westland", "Saturday": a capitalised word that cannot be a side on its own ("They beat Keravnos Archanes…" names
// no side, set 288).
const NOT_A_SIDE = /^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|At|After|Before|With|His|Her|Their|Its|They|We|He|She|It)$/;

function side(raw: string | undefined, loser = false): string | null {
  // "Morocco's Yassine El Idrissi", "Italy's Matteo Ruggeri": the player, without the country before the name.
  const name = (raw ?? "").trim().replace(/^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u, "");
  // ("Needing to win on the final day…": a participle opening the sentence is no side.)
  // (Only where the winner stands: the side beaten may well be called "Delting", set 252.)
  if (!name || NOT_A_SIDE.test(name) || (!loser && /^\p{Lu}\p{Ll}+ing$/u.test(name)) || /['’]s$/u.test(name) || name.split(/\s+/).length > 7) return null;
  return name;
}

/** Who beat whom by what score, when the sentence says so in one of the shapes a report uses; null otherwise. */
export function sportResult(sentence: string): SportResult | null {
  const text = sentence.replace(DATELINE_RE, "");
  const give = GIVE_RE.exec(text) ?? OWN_WIN_RE.exec(text);
  if (give) {
    const [winner, loser] = [side(give[1]), side(give[3], true)];
    return winner && loser && give[2] ? { winner, loser, score: give[2] } : null;
  }
  const beat = BEAT_RE.exec(text) ?? AS_RE.exec(text);
  if (beat) {
    const [winner, loser] = [side(beat[1]), side(beat[2], true)];
    return winner && loser && beat[3] ? { winner, loser, score: beat[3] } : null;
  }
  const beating = BEATING_RE.exec(text);
  // (Between the subject and "to beat" another clause may bring the side that won: "…, when Ridley …".)
  // (A scorer as the subject is a player, not the side that won: "Viktor Almgren … struck … to beat Edsbyn".)
  if (beating && !/\b(?:as|when|while|because)\s|\b(?:after|before|and)\s+(?:the\s+)?\p{Lu}|\b(?:scored|scoring|struck|volleyed|headed|netted|kicked|converted|fired|dived|landed|forced|hit)\b/u.test(beating[2] ?? "")) {
    const [winner, loser] = [side(beating[1]), side(beating[3], true)];
    return winner && loser && beating[4] ? { winner, loser, score: beating[4] } : null;
  }
  return null;
}
