// One sheet per Personengruppe ("Insgesamt", "Frauen", "Männer", "U25", "Alleinerziehende" …, each in the same
// form, or titled "Personengruppe: Frauen – Planung 2028"): the sheet's group is the group of every row label on
// it, as a section title's would be. "Integrationsquote" on the sheet "Frauen" is the IQ Frauen, "eLb" on
// "Alleinerziehende" the Alleinerziehende's count; a group's sheet never holds the total's figures (those stand on
// the total's sheet), so its rows are no place and no rival of them.
import type { Candidate, Claims } from "./candidate";
import { candidatesOf } from "./cellCandidates";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { oncePerSheet } from "./sheetMemo";
import { groupTitleWords, nameOfGroup, targetGroupHead, type TargetGroup } from "./targetGroupHead";

interface SheetGroup {
  group: TargetGroup;
  /** The group's words as the sheet names it ("Frauen", "Alleinerziehende"). */
  words: string;
}

/** "Personengruppe: Frauen – Planung 2028", "Zielgruppe Alleinerziehende": a title naming the sheet's group. */
function titleGroup(sheet: SheetGrid): SheetGroup | undefined {
  for (let r = sheet.r0; r <= Math.min(sheet.lastRow, sheet.r0 + 2); r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 1) continue;
    const words = groupTitleWords(sheet.ownText(r, cols[0]) ?? "");
    const group = targetGroupHead(words);
    if (words && group) return { group, words };
  }
  return undefined;
}

// A one-letter sheet name ("M", "W") is no group's name.
const groupOf = oncePerSheet((sheet: SheetGrid): SheetGroup | undefined => {
  const byName = sheet.name.trim().length >= 3 ? targetGroupHead(sheet.name) : undefined;
  return byName ? { group: byName, words: sheet.name.trim() } : titleGroup(sheet);
});

interface Section {
  from: number;
  to: number;
  group: SheetGroup;
}

/**
 * Sections titled by a group inside one sheet ("Insgesamt", then "Frauen", then "Männer", each over the same
 * table): a title row of one cell naming a group heads the rows below it up to the next title row (one text
 * cell) or two blank rows. Only when the sheet has two such sections or more (the repeated form a reader sees).
 */
const sectionsOf = oncePerSheet((sheet: SheetGrid): Section[] => {
  const out: Section[] = [];
  let open: Section | undefined;
  let blanks = 0;
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r)) {
      if (++blanks > 1) open = undefined;
      continue;
    }
    blanks = 0;
    const cols = sheet.filledColumns(r);
    const text = cols.length === 1 ? sheet.ownText(r, cols[0]) : undefined;
    if (text === undefined) {
      if (open) open.to = r;
      continue;
    }
    const words = groupTitleWords(text) ?? (targetGroupHead(text) !== undefined ? text.trim() : undefined);
    const group = targetGroupHead(words);
    open = words && group ? { from: r, to: r, group: { group, words } } : undefined;
    if (open) out.push(open);
  }
  return out.length >= 2 ? out : [];
});

/** The group of a row: its section's, else its sheet's (a title over the first of several sections is that section's). */
function groupAt(sheet: SheetGrid, row: number): SheetGroup | undefined {
  return sectionsOf(sheet).find((x) => x.from <= row && row <= x.to)?.group ?? groupOf(sheet);
}

/** Whether a figure belongs on a group's sheet: the group's own figures (ZIE_IQ_Frauen on "Frauen"), none of the total's. */
const belongs = (name: string, group: TargetGroup) => group === "total" || nameOfGroup(name, group);

/** The candidates without those a group's sheet or section would give for the total or another group. */
export function withoutOtherGroupSheets(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  const grouped = new Map(grids.filter((g) => groupOf(g) !== undefined || sectionsOf(g).length > 0).map((g) => [g.index, g]));
  if (grouped.size === 0) return candidates;
  return candidates.filter((c) => {
    const sheet = grouped.get(c.sheet);
    const row = sheet ? /!\$?[A-Z]+\$?(\d+)/.exec(c.labelCell) : null;
    const g = sheet && row ? groupAt(sheet, Number(row[1]) - 1) : undefined;
    return !g || belongs(c.name, g.group);
  });
}

/** The group's figures on its sheet: each label of the label column read with the sheet's group ("Integrationsquote Frauen"). */
export function findGroupSheetFigures(grids: SheetGrid[], claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const sheet of grids) {
    if (groupOf(sheet) === undefined && sectionsOf(sheet).length === 0) continue;
    const col = sheet.c0;
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      const g = groupAt(sheet, r);
      if (!g || g.group === "total") continue;
      const label = sheet.ownText(r, col);
      if (label === undefined || claims.has(sheet.index, r, col) || typeof sheet.value(r, col + 1) === "string") continue;
      // Already the group's own words ("Integrationsquote Frauen"): the label finders read it.
      if (targetGroupHead(label) !== undefined || fold(label).includes(fold(g.words))) continue;
      const own = matchLabel(label);
      const m = matchLabel(`${label} ${g.words}`);
      const specs = m.standalone.filter((s: LabelSpec) => !own.standalone.includes(s) && Object.values(s.names).every((n) => n === undefined || ((n.startsWith("ZIE_") || n.startsWith("KUN_")) && nameOfGroup(n, g.group))));
      if (specs.length !== 1 || m.standalone.length !== 1) continue;
      const score = m.scores.get(specs[0].id);
      if (!score || score.score < 0.99 || score.foreign.length > 0) continue;
      out.push(...candidatesOf(specs[0], sheet, r, col, { planYear, claims }, label));
    }
  }
  return out;
}
