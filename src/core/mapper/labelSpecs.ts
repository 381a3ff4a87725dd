// Which figures (label specs) a label cell stands for, read with its surroundings: the row group's head above a
// member ("darunter Männer"), an allocation title, a status value, a lone "VH", the gender pair beside it, the
// block's sibling rows. Split from ./findCells.ts; the table finders ask the same question (specsAt).
import { cornerLeftArea } from "./cornerLeftArea";
import { textReferenceMatch } from "./textReferenceRow";
import { allocationTitleCovers, allocationUnitTitle, isAllocationTitle } from "./allocationTitle";
import { allocationDateMatch } from "./allocationTitleDate";
import { remarkAllocationMatch } from "./remarkAllocation";
import { planYearAbbrevMatch } from "./planYearAbbrev";
import { programmeYearMatch } from "./programmeYear";
import { namesNoAllocation } from "./notAllocation";
import { shareUnderRowMatch } from "./shareUnderRow";
import { areaOf } from "../areas";
import type { SheetGrid } from "./grid";
import { INSTRUMENT_WORDS, type LabelSpec } from "./labels";
import type { Score } from "./match";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";
import { LEVEL2 } from "../resolve/labels";
import { captionSpecs, isBareTotalLabel } from "./captionTable";
import { unitCaptionSpecs } from "./unitCaption";
import { sectionTitleAt } from "./context";
import { loneVhMatch } from "./loneVh";
import { isNoteLine } from "./noteLine";
import { allocationAsPart, blockSpecs, byFamilies, isAllocation } from "./allocationAsPart";
import { withGroupAbbreviation } from "./groupAbbreviation";
import { byBlockArea } from "./blockArea";
import { matchAt, isFigureLabelCell } from "./labelCells";
import { previousStandMatch } from "./previousStand";
import { partRowHeadArea } from "./partRowHead";
import { bareStatusMatch, isStatusValue } from "./bareStatus";
import { identifierNamespace } from "./identifierWords";
import { byKeyDescription } from "./keyDescription";
import { isBareGroupRow } from "./groupListBase";

/** Spec ids of the row-group head above a member label ("darunter Männer" → the IQ row's "iq"). */
function groupHead(sheet: SheetGrid, row: number, col: number): LabelSpec[] {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 12); r--) {
    if (sheet.rowBlank(r)) return [];
    // A note line between the members ("Anm.: Männer-Ziel lt. RD-Mail") is no head (./noteLine.ts).
    if (sheet.ownText(r, col) === undefined || isBareTotalLabel(sheet.ownText(r, col)) || isNoteLine(sheet.ownText(r, col)!)) continue;
    const m = matchAt(sheet, r, col);
    if (m.member.length > 0 && m.standalone.every((s) => s.context === "personal")) continue; // a sibling member
    // Another group of a Personengruppen list ("U25", "Ü50" over "AE") is a sibling too (./groupListBase.ts).
    if (isBareGroupRow(sheet.ownText(r, col)!)) continue;
    return m.standalone;
  }
  return [];
}

/** A word with its feminine "-innen" form folded to the plain form ("Mitarbeiterinnen" → "mitarbeiter"). */
const plainForm = (text: string) => fold(text).replace(/\b([a-z]+)innen\b/g, "$1");

/**
 * "Mitarbeiter" right beside "Mitarbeiterinnen" (a gender block: "… Geschlecht (in %)", or two column heads) is
 * the men's part, not all staff: the plain form next to its feminine form names the other part.
 */
function beside(sheet: SheetGrid, row: number, col: number): boolean {
  const own = sheet.ownText(row, col);
  if (own === undefined || /innen\b/i.test(own)) return false;
  // Rows above and below, or column heads left and right ("Mitarbeiterinnen | Mitarbeiter").
  const near: Array<[number, number]> = [[row - 1, col], [row + 1, col], [row, col - 1], [row, col + 1]];
  return near.some(([r, c]) => {
    const t = r >= sheet.r0 && r <= sheet.lastRow && c >= 0 ? sheet.ownText(r, c) : undefined;
    return t !== undefined && /innen\b/i.test(t) && plainForm(t) === plainForm(own);
  });
}

/**
 * A member label that is also an instrument's abbreviation ("davon VB": Vorbindungen under the budget, but the
 * Vermittlungsbudget among "davon FbW", "davon EGZ") is no member where its neighbours are instruments.
 */
function instrumentList(sheet: SheetGrid, row: number, col: number): boolean {
  const own = fold(sheet.ownText(row, col) ?? "");
  if (!INSTRUMENT_WORDS.test(own)) return false;
  for (const step of [-1, 1]) {
    for (let r = row + step; r >= sheet.r0 && r <= sheet.lastRow && Math.abs(r - row) <= 12 && !sheet.rowBlank(r); r += step) {
      const t = sheet.ownText(r, col);
      // A figure's own label ("EGT inkl. BEZ") is no instrument row, though it names one.
      if (t !== undefined && INSTRUMENT_WORDS.test(fold(t)) && matchAt(sheet, r, col).standalone.length === 0) return true;
    }
  }
  return false;
}

/**
 * A budget label under a section title naming the allocation ("Zuteilung lt. EinglMV (vorläufig)" over
 * "Eingliederungstitel | Verwaltungskostentitel") reads as the label with the title's words: the allocation of
 * that title, as an allocation word in the label itself would make it. Undefined when the title names no
 * allocation or the label with it names no allocation figure.
 */
function allocationMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const section = sectionTitleAt(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c), col);
  const title = section && allocationTitleCovers(sheet, section, row) ? section : allocationUnitTitle(sheet, row, col);
  if (!title) return undefined;
  const own = matchAt(sheet, row, col).standalone;
  if (own.length === 0 || own.some(isAllocation) || !own.every((s) => Object.values(s.names).some((n) => n?.startsWith("BUD_")))) return undefined;
  if (namesNoAllocation(sheet.ownText(row, col) ?? "", own)) return undefined;
  const m = matchLabel(`${sheet.ownText(row, col)} ${title.text}`);
  return m.standalone.length > 0 && m.standalone.every(isAllocation) ? m : undefined;
}


/**
 * "Vorjahreswerte: | voraussichtlich": a label naming the previous year's figures with a status word as its value
 * names their status, as "Status der Vorjahreswerte" would. Undefined when the label names a figure itself or
 * the value beside it is no status word.
 */
function statusMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  if (matchAt(sheet, row, col).standalone.length > 0) return undefined;
  // A bare "Status" under "Stand Vorjahreswerte | …" (./bareStatus.ts).
  const bare = bareStatusMatch(sheet, row, col);
  if (bare) return bare;
  const next = sheet.filledColumns(row).find((c) => c > col);
  const value = next === undefined ? undefined : sheet.ownText(row, next);
  if (value === undefined || !isStatusValue(value)) return undefined;
  const m = matchLabel(`Status ${sheet.ownText(row, col)}`);
  return m.standalone.length > 0 && m.standalone.every((s) => s.names.previous === "ZIE_VJ_Status") ? m : undefined;
}

/** Whether the label at (row, col) names the status of the previous year's figures (by itself or by its status value). */
const isPreviousStatus = (sheet: SheetGrid, row: number, col: number) =>
  [matchAt(sheet, row, col), statusMatch(sheet, row, col)].some((m) => m !== undefined && m.standalone.length > 0 && m.standalone.every((s) => s.names.previous === "ZIE_VJ_Status"));

/** A bare "Stand" beside or under that status dates the previous year's figures (./previousStand.ts). */
const previousStand = (sheet: SheetGrid, row: number, col: number) => previousStandMatch(sheet, row, col, (r, c) => isPreviousStatus(sheet, r, c));

/** A lone "VH" in a budget area beside money is the Verwaltungshaushalt (./loneVh.ts). */
const vhMatch = (sheet: SheetGrid, row: number, col: number) => loneVhMatch(sheet, row, col, () => sectionTitleAt(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c), col)?.text);

/** The label read with its surroundings: an allocation title (or its date beside it, ./allocationTitleDate.ts) or remark (./remarkAllocation.ts), a status value, a bare "PJ" or "AIP" beside a year, a budget area, a date beside it, the row above. */
const readingAt = (sheet: SheetGrid, row: number, col: number) =>
  allocationMatch(sheet, row, col) ?? allocationDateMatch(sheet, row, col, isAllocationTitle) ?? remarkAllocationMatch(sheet, row, col) ?? statusMatch(sheet, row, col) ?? previousStand(sheet, row, col) ?? planYearAbbrevMatch(sheet, row, col) ?? programmeYearMatch(sheet, row, col) ?? vhMatch(sheet, row, col) ?? shareUnderRowMatch(sheet, row, col) ?? textReferenceMatch(sheet, row, col);

/** The score of `spec` for the label at (row, col): of its own text, or of it read with its surroundings. */
export function scoreAt(sheet: SheetGrid, row: number, col: number, spec: LabelSpec): Score | undefined {
  const score = matchAt(sheet, row, col).scores.get(spec.id) ?? readingAt(sheet, row, col)?.scores.get(spec.id);
  // "commitments (VB)" under the Eingliederungsbudget: the group's short form of the part is its own word (./groupAbbreviation.ts).
  const member = spec.under && matchAt(sheet, row, col).member.includes(spec) && spec.under.some((u) => groupHead(sheet, row, col).some((s) => s.id === u));
  return score && member && !instrumentList(sheet, row, col) ? withGroupAbbreviation(score, spec) : score;
}

/** The specs a label cell stands for, after row groups and context are taken into account. */
export function specsAt(sheet: SheetGrid, row: number, col: number): LabelSpec[] {
  const m = beside(sheet, row, col) ? matchLabel(`${sheet.ownText(row, col)} (Männer)`) : (readingAt(sheet, row, col) ?? matchAt(sheet, row, col));
  let specs = m.standalone;
  // "gesamt" under a caption row naming the figure ("Integrationsquote | IQ 2024 (Ist) | …"): the figure's total.
  if (specs.length === 0 && m.member.length === 0 && isBareTotalLabel(sheet.ownText(row, col))) specs = captionSpecs(sheet, row, col, (r) => matchAt(sheet, r, col));
  // "Gesamt (inkl. BEZ)" under "Eingliederungsbudget | €": the head row names the total (./unitCaption.ts).
  if (specs.length === 0 && m.member.length === 0) specs = unitCaptionSpecs(sheet, row, col);
  if (m.member.length > 0) {
    const head = groupHead(sheet, row, col).map((s) => s.id);
    const members = instrumentList(sheet, row, col) ? [] : m.member.filter((s) => s.under?.some((u) => head.includes(u)));
    if (members.length > 0) specs = members;
    // A part row ("darunter Männer") without its head row is no figure of its own outside its area.
    // Unless the row it splits names that area's figure ("Beschäftigte (Köpfe)" over "davon Frauen", ./partRowHead.ts).
    else if (LEVEL2.test(fold(sheet.ownText(row, col) ?? "")) && specs.every((s) => s.context && s.context !== sheet.areaAt(row, col))) {
      const head = partRowHeadArea(sheet, row, col, (r) => matchAt(sheet, r, col));
      specs = head ? specs.filter((s) => s.context === head) : [];
    }
  }
  // "anteilKommune | 18 % | percent | Personal Landkreis": a settings list's description names the key's reading (./keyDescription.ts).
  if (specs.length > 1) specs = byKeyDescription(sheet, row, col, specs);
  // "kundenElbJdw2024": an identifier's namespace picks the customers' twin before the sheet's area (./identifierWords.ts).
  const ns = specs.length > 1 ? identifierNamespace(sheet.ownText(row, col)) : undefined;
  if (ns && specs.some((s) => s.context === ns)) specs = specs.filter((s) => !s.context || s.context === ns);
  // Context twins (the ELB of the targets sheet vs the customer stock): the cell's area picks one.
  // A block title left of the labels in their head row ("Kundenstruktur | | aktuell | Vorjahr") names it (./cornerLeftArea.ts).
  const twins = specs.length > 1 && specs.some((s) => s.context);
  const area = (twins ? cornerLeftArea(sheet, row, col) : undefined) ?? sheet.areaAt(row, col);
  if (specs.some((s) => s.context && s.context === area)) specs = specs.filter((s) => !s.context || s.context === area);
  // Several readings of one label ("Anteil Landratsamt": staff share or KFA): the sheet's or section's area decides.
  if (specs.length > 1 && area) {
    const inArea = specs.filter((s) => Object.values(s.names).some((n) => n && areaOf(n)?.id === area));
    if (inArea.length > 0) specs = inArea;
  }
  // Without an area, a block whose other rows all name one area's figures decides ("Ant. Kommune" among staff rows).
  if (specs.length > 1 && !area) specs = byBlockArea(specs, blockSpecs(sheet, row, col, (r) => matchAt(sheet, r, col)));
  if (specs.length > 1) specs = bySiblings(sheet, row, col, specs);
  else specs = allocationAsPart(sheet.ownText(row, col) ?? "", specs, () => blockSpecs(sheet, row, col, (r) => matchAt(sheet, r, col))) ?? specs;
  return specs;
}

/**
 * Several readings of one label ("Bundesmittel Verwaltung lt. EinglMV": the federal share of the
 * Verwaltungshaushalt or the allocation of its title): the table it stands in decides. When the rows of its
 * block (same label column, up to a blank row) name figures of exactly one reading's contract family
 * unambiguously (Gesamt, Umschichtung, KFA of the Verwaltungshaushalt), the label is that family's figure.
 */
function bySiblings(sheet: SheetGrid, row: number, col: number, specs: LabelSpec[]): LabelSpec[] {
  return byFamilies(specs, blockSpecs(sheet, row, col, (r) => matchAt(sheet, r, col)));
}
