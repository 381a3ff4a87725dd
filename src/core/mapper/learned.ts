// The workbook's own words (issue 13 §3): labels the user tied to a contract name by hand ("Auswahl
// zuweisen", or accepting a "zu prüfen" proposal), kept in the workbook as the document setting `aip.labels`
// and handed between workbooks as a JSON file of the same format. The mapper uses them as extra labels for
// their name (./findLearned.ts). Pure: adding, forgetting, merging, and reading a value cell's label from the
// used cells; validating the stored or imported format is ./learnedFormat.ts (zod, loaded only where needed,
// so the task pane's first bundle stays without zod).
import { parseCell, splitAddress } from "../address";
import { contractName } from "../contract";
import { fold, withoutYears } from "./normalize";
import type { LearnedLabel, SheetCells, UsedCellsSnapshot } from "./types";

/** The document setting (and the "format" of an exported file). */
export const LABELS_SETTING_KEY = "aip.labels";
export const LABELS_FORMAT_VERSION = 1;
/** A document setting travels with every save: keep it small (Office: 2 MB for all settings together). */
export const MAX_LEARNED_LABELS = 300;

export type { LearnedLabel };

/** What `aip.labels` and an exported file hold. */
export interface LearnedLabelFile {
  format: typeof LABELS_SETTING_KEY;
  version: typeof LABELS_FORMAT_VERSION;
  labels: LearnedLabel[];
}

/** The stored/exported form. */
export function learnedFile(labels: readonly LearnedLabel[]): LearnedLabelFile {
  return { format: LABELS_SETTING_KEY, version: LABELS_FORMAT_VERSION, labels: labels.map((l) => ({ ...l })) };
}

const ROLE_ONLY = /^(in|je|pro|der|die|das|von|an|am|im|ist|plan|soll|ziel|zielwert|vj|vorjahr|planjahr|wert|werte|betrag|anzahl|zahl|prozent|anteil|quote|veraenderung|differenz|summe|gesamt|insgesamt|gesamtsumme|zusammen|total|endsumme|zwischensumme|davon|darunter|dabei|hiervon|nachrichtlich|frauen|maenner|weiblich|maennlich|m|w|euro|eur|€|%)$/;

/**
 * Why a label may not be remembered (a word every table has, which would tie the name to any cell):
 * empty, a number or bare year, a total ("Summe", "Gesamt", "Insgesamt"), a column role alone ("Ist",
 * "Plan 2024"), a unit. Undefined when the label is specific enough.
 */
export function genericReason(label: string): string | undefined {
  const key = learnedKey(label);
  if (key === "") return /\d/.test(label) ? "nur eine Zahl oder Jahreszahl" : "leer";
  if (/^[\d\s.,%€+-]+$/.test(key)) return "nur eine Zahl oder Jahreszahl";
  if (key.split(" ").every((w) => ROLE_ONLY.test(w) || /^\d+$/.test(w))) return "zu allgemein (Summe, Gesamt, Ist, Plan, eine Einheit …)";
  if (key.length < 2) return "zu kurz";
  return undefined;
}

export const isGenericLabel = (label: string) => genericReason(label) !== undefined;

// Trailing units as ./normalize.ts drops them from labels ("in €", "in %", "EUR").
const TRAILING_UNIT = /(?:\s+(?:in\s+)?(?:€|euro|eur|tsd €|tsd euro|%|prozent|v h))+$/;

/**
 * The comparable form of a label: folded (case, umlauts, punctuation, footnote marks ¹²³ and *), years and
 * trailing units removed ("Integrationen 2024¹ in %" → "integrationen"). Bracket contents stay: the user's
 * own label is matched as written, not by the label data's rules (which may drop them).
 */
export function learnedKey(label: string): string {
  const key = withoutYears(fold(label));
  const bare = key.replace(TRAILING_UNIT, "").trim();
  return bare !== "" ? bare : key;
}

const sameContext = (a?: string, b?: string) => (a === undefined || b === undefined ? a === b : learnedKey(a) === learnedKey(b));
const sameEntry = (a: LearnedLabel, b: LearnedLabel) => a.name === b.name && learnedKey(a.label) === learnedKey(b.label) && sameContext(a.context, b.context);

/**
 * Add (or refresh) one label: an entry with the same name, label and context is replaced, the newest comes
 * last; beyond MAX_LEARNED_LABELS the oldest goes. Generic labels are never added (the list comes back as it was).
 */
export function addLearned(labels: readonly LearnedLabel[], entry: LearnedLabel): LearnedLabel[] {
  if (isGenericLabel(entry.label)) return [...labels];
  // One label on one sheet names one figure per role: the user's newer choice replaces an older one of the
  // same role (ZIE_IQ and ZIE_IQ_VJ may share a label, ZIE_IQ and ZIE_LZB may not).
  const replaced = (l: LearnedLabel) =>
    sameEntry(l, entry) || (learnedKey(l.label) === learnedKey(entry.label) && sameContext(l.context, entry.context) && roleOfName(l.name) === roleOfName(entry.name));
  const next = [...labels.filter((l) => !replaced(l)), entry];
  return next.slice(Math.max(0, next.length - MAX_LEARNED_LABELS));
}

/** The column role a contract name stands for, read from its name (…_VJ, …_Veraenderung). */
export function roleOfName(name: string): "current" | "previous" | "change" {
  if (/_Veraenderung$/.test(name)) return "change";
  if (/_VJ$/.test(name)) return "previous";
  return "current";
}

/** Forget one label (same name, label and context). */
export function forgetLearned(labels: readonly LearnedLabel[], entry: LearnedLabel): LearnedLabel[] {
  return labels.filter((l) => !sameEntry(l, entry));
}

/** Merge imported labels into the stored ones: the imported are added; one for the same label, sheet and role replaces the stored one. */
export function mergeLearned(base: readonly LearnedLabel[], incoming: readonly LearnedLabel[]): LearnedLabel[] {
  return incoming.reduce<LearnedLabel[]>((acc, l) => addLearned(acc, l), [...base]);
}

// --- the label of a value cell, read from the used cells ---------------------------------------------------

const UNIT_ONLY = /^(€|eur|euro|%|vzae|personen|koepfe|tsd|tsd €|anzahl|)$/;

function sheetOf(used: UsedCellsSnapshot, sheet: string): SheetCells | undefined {
  return used.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
}

function textAt(s: SheetCells, row: number, col: number): string | undefined {
  const o = parseCell(s.origin || "A1");
  const v = s.values[row - o.row]?.[col - o.col];
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t === "" || /^[\d\s.,%€+−-]+$/.test(t) ? undefined : t;
}

/** The text a controller wrote for the value at `ref`: the nearest text left of it in its row, else the nearest above it. */
export function labelOfCell(used: UsedCellsSnapshot, ref: string): { label: string; sheet: string } | undefined {
  const { sheet, range } = splitAddress(ref.replace(/^=/, ""));
  const s = sheetOf(used, sheet);
  if (!s || range.includes(":")) return undefined;
  const at = parseCell(range.replace(/\$/g, ""));
  const o = parseCell(s.origin || "A1");
  for (let c = at.col - 1; c >= o.col; c--) {
    const t = textAt(s, at.row, c);
    if (t !== undefined && !UNIT_ONLY.test(learnedKey(t))) return { label: t, sheet: s.name };
  }
  // Transposed tables: the figure's label heads its column.
  for (let r = at.row - 1; r >= o.row; r--) {
    const t = textAt(s, r, at.col);
    if (t !== undefined && !UNIT_ONLY.test(learnedKey(t))) return { label: t, sheet: s.name };
  }
  return undefined;
}

export type LearnOutcome = { learned: LearnedLabel } | { skipped: string };

/**
 * The label to remember when `name` is given the single cell `ref` by hand: its label and sheet, or why
 * nothing is remembered (a table, no label beside the cell, a generic label).
 */
export function learnFromAssignment(used: UsedCellsSnapshot, name: string, ref: string): LearnOutcome {
  const entry = contractName(name);
  if (!entry) return { skipped: `${name} ist kein Name des Vertrags.` };
  if (entry.kind === "table") return { skipped: "Tabellen werden an ihrem Aufbau erkannt, nicht an einer Beschriftung." };
  const found = labelOfCell(used, ref);
  if (!found) return { skipped: "Neben der Zelle steht keine Beschriftung." };
  const generic = genericReason(found.label);
  if (generic) return { skipped: `Die Beschriftung „${found.label}“ wird nicht gemerkt: ${generic}.` };
  return { learned: { name: entry.name, label: found.label, context: found.sheet } };
}

/**
 * The label to remember when the user accepts a "zu prüfen" proposal: the proposal's own label and the
 * sheet of its label cell, or why nothing is remembered (a table, a value without label, a generic label).
 */
export function learnFromProposal(p: { name: string; ref: string; label: string; labelCell: string }): LearnOutcome {
  const entry = contractName(p.name);
  if (!entry) return { skipped: `${p.name} ist kein Name des Vertrags.` };
  if (entry.kind === "table") return { skipped: "Tabellen werden an ihrem Aufbau erkannt, nicht an einer Beschriftung." };
  if (p.labelCell === p.ref) return { skipped: "Neben der Zelle steht keine Beschriftung." };
  const generic = genericReason(p.label);
  if (generic) return { skipped: `Die Beschriftung „${p.label}“ wird nicht gemerkt: ${generic}.` };
  const sheet = splitAddress(p.labelCell).sheet;
  return { learned: { name: entry.name, label: p.label, ...(sheet ? { context: sheet } : {}) } };
}

/** The nearest text above the value at `ref` in its column (its column header), if any. */
export function headerAboveCell(used: UsedCellsSnapshot, ref: string): string | undefined {
  const { sheet, range } = splitAddress(ref.replace(/^=/, ""));
  const s = sheetOf(used, sheet);
  if (!s || range.includes(":")) return undefined;
  const at = parseCell(range.replace(/\$/g, ""));
  const o = parseCell(s.origin || "A1");
  for (let r = at.row - 1; r >= o.row; r--) {
    const t = textAt(s, r, at.col);
    if (t !== undefined) return t;
  }
  return undefined;
}
