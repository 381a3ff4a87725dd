// Messages as data (as ESLint keeps meta.messages): a rule reports a message id and its data; the text is
// a template of the rule's catalogue, rendered here in the reader's language with that language's number
// formatting. Templates hold placeholders `{key}`, `{key, type}` or `{key, type, arg}`:
//   text (default)  the value as is; a list joined with ", "
//   count           a number of persons/Förderungen (formatCount); a list joined with " + "
//   number          a number with `arg` decimals (default 0); arg may be a literal or a data key
//   signed          a number with its sign (+39, −52), `arg` decimals (default 0)
//   percent, change a fraction as percent / signed change, `arg` decimals (default 1)
//   points          a difference of shares in percentage points, `arg` decimals (default 2)
//   euro            money: whole euros, or cents when the amount has them; `arg` fixes the decimals (a
//                   literal or a data key), so amounts of one message are all rounded alike
//   vzae            full-time equivalents
//   quote           a cell text in the language's quotes, cut to MAX_QUOTED_TEXT; a list joined with ", "
//   meaning         the meaning of the contract name in the value, in the language
//   column          the title of column `value` of the table named by data[arg], in the language
//   row             row `value` (1-based) of a table: data[arg] quoted when it is a non-empty text, else "Zeile n"
//   cell            where a contract cell is, from the name in `value` and the data keys row (1-based),
//                   column (key) and label (the row's first text): "FOE_Tabelle, Zeile 8 („GaBe“), Spalte
//                   „Plan (Planjahr)“", or for a single cell "ZIE_IQ (Ziel Integrationsquote gesamt)"
//   scope           the scope of a name: "" for the workbook, else the sheet ("für Blatt „Haushalt“")
//   boolean         a truth value as Excel shows it (WAHR/FALSCH, TRUE/FALSE)
//   select          the text the argument gives for the value: `{column, select, ist=Ist|plan=Plan}`
// A number list of a numeric type is joined with " + " (such lists in messages are sums). A missing data
// key, an unknown type or a missing English text throws: no silent fallback to another language.
import { contractName } from "../contract";
import {
  formatChange,
  formatDate,
  formatCount,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVzae,
  quoteText,
  type Lang,
} from "../format";
import { previousYearNote } from "../previousYear";
import { CONTRACT_EN } from "./contractEn";

export type { Lang } from "../format";

/** A value of a message's data: JSON-serialisable, raw (numbers unformatted). */
export type MessageValue = string | number | boolean | readonly (string | number)[];

export type MessageData = Readonly<Record<string, MessageValue>>;

/** One message in both languages. */
export interface MessageText {
  de: string;
  en: string;
}

/** A rule's messages by id. */
export type MessageCatalogue = Readonly<Record<string, MessageText>>;

export const PLACEHOLDER_TYPES = [
  "text",
  "count",
  "number",
  "signed",
  "percent",
  "change",
  "points",
  "euro",
  "vzae",
  "quote",
  "meaning",
  "column",
  "row",
  "cell",
  "scope",
  "boolean",
  "select",
  "date",
] as const;

export type PlaceholderType = (typeof PLACEHOLDER_TYPES)[number];

export interface Placeholder {
  key: string;
  type: PlaceholderType;
  arg?: string;
  /** As written, e.g. "{sum, euro}". */
  raw: string;
}

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MessageError";
  }
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholders of a template, in order (throws on a malformed or unknown one). */
export function placeholders(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    // Key and type never hold a comma; the argument (a select's texts) may.
    const [key, type = "text", ...rest] = m[1].split(",").map((p) => p.trim());
    const arg = rest.length ? rest.join(", ") : undefined;
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key ?? "")) throw new MessageError(`Platzhalter ${m[0]} ist ungültig`);
    if (!(PLACEHOLDER_TYPES as readonly string[]).includes(type)) throw new MessageError(`Platzhalter ${m[0]}: unbekannter Typ ${type}`);
    out.push({ key, type: type as PlaceholderType, ...(arg !== undefined ? { arg } : {}), raw: m[0] });
  }
  return out;
}

/** Data keys a template reads: placeholder keys and the keys named by their arguments. */
export function dataKeys(template: string): string[] {
  const keys = new Set<string>();
  for (const p of placeholders(template)) {
    keys.add(p.key);
    if (p.arg !== undefined && p.type !== "select" && !/^\d+$/.test(p.arg)) keys.add(p.arg);
    if (p.type === "cell") for (const k of ["row", "column", "label"]) keys.add(`${k}?`);
  }
  return [...keys].sort();
}

const NUMERIC: ReadonlySet<PlaceholderType> = new Set(["count", "number", "signed", "percent", "change", "points", "euro", "vzae"]);

function need(data: MessageData, key: string, raw: string): MessageValue {
  const v = data[key];
  if (v === undefined) throw new MessageError(`Meldung ohne Wert für ${raw} (${key})`);
  return v;
}

function decimals(p: Placeholder, data: MessageData, fallback: number): number {
  if (p.arg === undefined) return fallback;
  if (/^\d+$/.test(p.arg)) return Number(p.arg);
  const v = need(data, p.arg, p.raw);
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 20) throw new MessageError(`${p.raw}: ${p.arg} ist keine Stellenzahl`);
  return v;
}

export function meaningOf(name: string, lang: Lang): string {
  const c = contractName(name);
  if (!c) throw new MessageError(`${name} ist kein Vertragsname`);
  if (lang === "de") return c.meaning;
  const en = CONTRACT_EN[c.name]?.meaning;
  if (!en) throw new MessageError(`Keine englische Bedeutung für ${c.name}`);
  return en;
}

export function columnTitle(name: string, key: string, lang: Lang): string {
  const c = contractName(name);
  const column = c?.columns?.find((col) => col.key === key);
  if (!c || !column) throw new MessageError(`${name} hat keine Spalte ${key}`);
  if (lang === "de") return column.title;
  const en = CONTRACT_EN[c.name]?.columns?.[key];
  if (!en) throw new MessageError(`Kein englischer Titel für Spalte ${key} von ${c.name}`);
  return en;
}

// The templates are the catalogues' constants, rendered over and over (each finding of each workbook):
// each is parsed once. Bounded, for a caller that renders templates of its own.
const parsed = new Map<string, readonly Placeholder[]>();
const MAX_PARSED = 2000;

// A select's texts (`ist=Ist|plan=Plan`, the twelve months) are taken apart once per argument, not per message.
const optionsOf = new Map<string, ReadonlyMap<string, string>>();

function selectOptions(arg: string): ReadonlyMap<string, string> {
  let options = optionsOf.get(arg);
  if (!options) {
    options = new Map(arg.split("|").map((o) => o.split("=").map((x) => x.trim()) as [string, string]));
    if (optionsOf.size < MAX_PARSED) optionsOf.set(arg, options);
  }
  return options;
}

function one(p: Placeholder, v: string | number | boolean, data: MessageData, lang: Lang): string {
  const num = () => {
    if (typeof v !== "number") throw new MessageError(`${p.raw}: ${JSON.stringify(v)} ist keine Zahl`);
    return v;
  };
  const str = () => {
    if (typeof v !== "string") throw new MessageError(`${p.raw}: ${JSON.stringify(v)} ist kein Text`);
    return v;
  };
  switch (p.type) {
    case "text":
      return typeof v === "boolean" ? String(v) : typeof v === "number" ? String(v) : v;
    case "count":
      return formatCount(num(), lang);
    case "number":
      return formatNumber(num(), decimals(p, data, 0), lang);
    case "signed": {
      const text = formatNumber(num(), decimals(p, data, 0), lang);
      return num() > 0 && !/^0([.,]0*)?$/.test(text) ? `+${text}` : text;
    }
    case "percent":
      return formatPercent(num(), decimals(p, data, 1), lang);
    case "change":
      return formatChange(num(), decimals(p, data, 1), lang);
    case "points":
      return formatPoints(num(), decimals(p, data, 2), lang);
    case "euro":
      return p.arg === undefined ? formatEuro(num(), lang) : formatEuro(num(), lang, decimals(p, data, 0));
    case "vzae":
      return formatVzae(num(), lang);
    case "quote":
      return quoteText(str(), lang);
    case "meaning":
      return meaningOf(str(), lang);
    case "column": {
      if (p.arg === undefined) throw new MessageError(`${p.raw}: Tabellenname fehlt`);
      const table = need(data, p.arg, p.raw);
      if (typeof table !== "string") throw new MessageError(`${p.raw}: ${p.arg} ist kein Name`);
      return columnTitle(table, str(), lang);
    }
    case "row": {
      const label = p.arg === undefined ? "" : need(data, p.arg, p.raw);
      if (typeof label === "string" && label.trim()) return quoteText(label.trim(), lang);
      return `${lang === "en" ? "row" : "Zeile"} ${num()}`;
    }
    case "cell": {
      const name = str();
      const column = data.column;
      if (column === undefined) return `${name} (${meaningOf(name, lang)})`;
      const row = need(data, "row", p.raw);
      const label = typeof data.label === "string" && data.label.trim() ? ` (${quoteText(data.label.trim(), lang)})` : "";
      const title = quoteText(columnTitle(name, String(column), lang), lang);
      return lang === "en" ? `${name}, row ${row}${label}, column ${title}` : `${name}, Zeile ${row}${label}, Spalte ${title}`;
    }
    case "scope": {
      const sheet = str();
      if (!sheet) return lang === "en" ? "for the workbook" : "für die Mappe";
      return lang === "en" ? `for sheet ${quoteText(sheet, lang)}` : `für Blatt ${quoteText(sheet, lang)}`;
    }
    case "select": {
      const text = selectOptions(p.arg ?? "").get(String(v));
      if (text === undefined) throw new MessageError(`${p.raw}: keine Auswahl für ${JSON.stringify(v)}`);
      return text;
    }
    case "date":
      return formatDate(num(), lang);
    case "boolean":
      if (typeof v !== "boolean") throw new MessageError(`${p.raw}: ${JSON.stringify(v)} ist kein Wahrheitswert`);
      return lang === "en" ? (v ? "TRUE" : "FALSE") : v ? "WAHR" : "FALSCH";
  }
}


function placeholdersOnce(template: string): readonly Placeholder[] {
  let ps = parsed.get(template);
  if (!ps) {
    ps = placeholders(template);
    if (parsed.size < MAX_PARSED) parsed.set(template, ps);
  }
  return ps;
}

/** Render a template with its data in a language. Throws MessageError when data and template disagree. */
export function renderTemplate(template: string, data: MessageData, lang: Lang): string {
  const ps = placeholdersOnce(template);
  let i = 0;
  return template.replace(PLACEHOLDER, () => {
    const p = ps[i++];
    const v = need(data, p.key, p.raw);
    if (Array.isArray(v)) {
      const join = NUMERIC.has(p.type) ? " + " : ", ";
      return v.map((x) => one(p, x, data, lang)).join(join);
    }
    return one(p, v as string | number | boolean, data, lang);
  });
}

/** Render message `messageId` of a catalogue. Throws on an unknown id or a missing text. */
export function renderMessage(catalogue: MessageCatalogue, messageId: string, data: MessageData, lang: Lang): string {
  const text = Object.prototype.hasOwnProperty.call(catalogue, messageId) ? catalogue[messageId] : undefined;
  if (!text) throw new MessageError(`Unbekannte Meldung ${messageId}`);
  const template = text[lang];
  if (typeof template !== "string" || !template) throw new MessageError(`Meldung ${messageId} hat keinen Text für ${lang}`);
  return renderTemplate(template, data, lang) + previousYearNote(data, lang);
}
