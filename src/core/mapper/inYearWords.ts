// The one vocabulary of in-year column words: what is bound, spent or left of the planning year's plan, running
// totals and the parts of a year. ./inYearColumns.ts (execution beside the Soll) and ./monitoringColumns.ts
// (monitoring beside a target) read the same words; kept here once, so a word added for one is not missed by the
// other where both mean it. Each list is a regex alternation over folded text (../normalize fold).

const anyOf = (words: readonly string[]) => words.join("|");

/** Used up so far ("Ausschöpfung", "ausgeschöpft"): execution and monitoring alike. */
const USED_UP = "ausschoepf\\w*";
/** What is left ("Rest", "Restmittel"): execution's remainder and monitoring's running state alike. */
const REST = ["rest", "restmittel"];
/** Month names and abbreviations after "bis" ("bis Apr.", "bis März"). */
const MONTH = "jan|feb|maerz|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez";

/**
 * Words of spending or binding money so far: gebunden, ausgegeben, verausgabt, verbraucht, Mittelabfluss,
 * Ausschöpfung; the year's own commitments ("Bindungen", "Mittelbindung", "Festlegungen", "Obligo"; not the
 * "Vorbindungen" carried over from earlier years, a budget figure of its own).
 */
export const EXECUTION = new RegExp(
  `\\b(${anyOf([
    "gebunden\\w*",
    "ausgegeben\\w*",
    "verausgabt\\w*",
    "verbraucht\\w*",
    "\\w*abfluss\\w*",
    USED_UP,
    "ausgeschoepft\\w*",
    "ausgaben bis\\b",
    "kassenwirksam\\w*",
    "bewirtschaftet\\w*",
    "(?<!\\bvor[ -]?)(?!vor)\\w*bindung(en)?\\b",
    // the share of the Soll bound so far ("Bindungsquote", "Mittelbindungsquote")
    "(?<!\\bvor[ -]?)(?!vor)\\w*bindungs(quote|grad)\\b",
    "festlegung(en)?\\b",
    "festgelegt\\w*",
    "obligo\\w*",
  ])})`,
);

/** What is left of the plan after those ("noch verfügbar", "Restmittel", "verbleibend", "Rest"). */
export const REMAINDER = new RegExp(`\\b(${anyOf(["noch (verfuegbar|frei|offen)\\w*", ...REST, "restbetrag", "restbudget", "verbleibend\\w*", "restlich\\w*"])})\\b`);

/** "bis 30.04.2025", "bis 30.04.", "bis Ende April": a running total up to a point in the year. */
export const UP_TO = new RegExp(`\\bbis (\\d{1,2}\\.\\d{1,2}\\.|ende |einschl\\w* |zum |(${MONTH})\\w*)`);

/** A quarter, half-year or month named anywhere in a head ("Abfluss Q1", "I. Quartal", "Jan 25", "Monatswert"); punctuation read as spaces. */
export const PART_WORD = /\b(q ?[1-4]|[1-4] ?q|(i|ii|iii|iv|[1-4]) quartal|quartal ?[1-4]|h ?[12]|[12] (hj|halbjahr)|monatswert\w*|monatlich\w*)\b/;

/** Running, attained or remaining in the year so far: kumuliert, Zielerr.-grad, erreicht, Erfüllung, Umsetzung, Ausschöpfung, Ampel, akt. Wert, Summe Ist, Rest. */
export const SO_FAR = new RegExp(
  `\\b(${anyOf(["kum", "kumuliert\\w*", "bisher\\w*", "zielerr\\w*", "erreicht\\w*", "erfuellung\\w*", "umsetzung\\w*", USED_UP, "ampel\\w*", "akt wert", "aktueller wert", ...REST, "summe ist", "ist kum\\w*"])})\\b`,
);

/** The year so far, not yet ended: "bisher", "bis dato", "YTD"; the running month ("K2 lfd. Monat"): a month's state (folded). */
const SO_FAR_WORDS = ["bisher\\w*", "bis dato", "ytd", "year to date", "lfd monat\\w*", "laufende[nrs]? monat\\w*"];
/** The running year itself: "lfd. Jahr", "laufendes Jahr" (in a label also the year's own part: "Neubewilligungen lfd. Jahr"). */
const RUNNING_WORDS = ["lfd jahr\\w*", "laufende[sn]? jahr\\w*"];
/** "Ø bisher", "YTD", "lfd. Jahr": a head of the year so far (./monitoringColumns.ts closes a month strip with it). */
export const SO_FAR_YEAR = new RegExp(`\\b(${anyOf([...SO_FAR_WORDS, ...RUNNING_WORDS])})\\b`);
/**
 * A label's or head's marker of the year so far, or up to a month before December ("Ist bis Okt. 25"; "Januar bis
 * Dezember" is the whole year): its figure is unfinished
 * (a running total, an average so far), no year's value the programme maps (./runningYear.ts).
 */
export const UP_TO_NOW = new RegExp(`\\b(${anyOf([...SO_FAR_WORDS, `bis (?!dez)(${MONTH})\\w*`])})\\b`);
/** A section title's marker of the running year: the words above and "lfd. Jahr" ("lfd. Jahr (Ø bisher 2025)"). */
export const RUNNING_YEAR_TITLE = new RegExp(`${UP_TO_NOW.source}|\\b(${anyOf(RUNNING_WORDS)})\\b`);

/** The year's end ("Prognose JE", "Hochrechnung Jahresende"). */
export const YEAR_END = /\b(je|jahresende|ende)\b/;
