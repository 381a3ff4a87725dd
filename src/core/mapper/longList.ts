// A long-format list of figures (./longListHead.ts): one row per figure and year. A reader takes the figure from
// the row's label (the area column says the section, as a section title would), the role from the row's year
// (and its Plan/Ist kind): the planning year's row is the target, the year before the previous year's value;
// customer structure is as of the latest year reported (y−1 current, y−2 the _VJ). The value column holds the
// cell, the unit column is evidence for its type. Doubt makes a row low: a label of several readings, a year the
// programme does not map, two rows of one figure and year, a list of several Jobcenters or regions.
import { areaOf, type AreaId } from "../areas";
import { contractName } from "../contract";
import { readColumn } from "../columnRoles";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { isBareTotalLabel } from "./captionTable";
import type { SheetGrid } from "./grid";
import { areaNamed } from "./grid";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { specsAt } from "./labelSpecs";
import { judgeValue } from "./values";
import { longListHeadAt, yearAt, type LongListHead } from "./longListHead";
import { neighbourAreas } from "./longListNeighbours";
import { labelWithPart, partWithoutYear, periodRole, withoutOwnPrevious } from "./longListPeriod";

/** What a unit cell says a value is ("EUR", "%", "VZÄ", "Pers."), by the contract's kinds it fits. */
const UNIT_KINDS: Array<[RegExp, string[]]> = [
  [/^(eur|euro|€)$/, ["money", "moneySigned"]],
  [/^(%|prozent|vh|v h)$/, ["share", "change"]],
  [/^(vzae|vz|vollzeitaequivalente?)$/, ["vzae"]],
  [/^(pers|personen|anzahl|anz|koepfe|faelle|eintritte|stueck|bg)$/, ["count", "stock"]],
  [/^jahr$/, ["year"]],
  [/^datum$/, ["date"]],
];

/** The unit's contradiction of the figure's kind, if the unit is known and does not fit. */
function unitLow(name: string, unit: string | undefined): Low | undefined {
  if (unit === undefined) return undefined;
  const u = fold(unit).replace(/\./g, "").trim();
  const kinds = UNIT_KINDS.find(([re]) => re.test(u))?.[1];
  const kind = contractName(name)?.kind;
  if (!kinds || kind === undefined || kinds.includes(kind)) return undefined;
  return { id: "typ", text: `Die Einheit „${unit}“ passt nicht zu dieser Kennzahl.` };
}

/** The row's role for a figure: from its year and kind, for the customer structure by the latest year reported. */
function rowRole(spec: LabelSpec, label: string, year: number | undefined, kind: string | undefined, planYear: number | undefined, period?: string): { role: RoleOrNone | undefined; clash: boolean } {
  const labelRole = roleOf(fold(label), planYear);
  // A period column of role texts ("Ziel 2025", "Veränderung ggü. VJ"): the text is the row's role.
  if (period !== undefined) return { role: labelRole === "change" ? labelRole : periodRole(period, spec.latestYear, planYear), clash: false };
  const kindRead = kind === undefined ? undefined : readColumn(fold(kind)).kind;
  // A change row ("IQ Veränderung ggü. VJ") is the programme's change only in the planning year's plan.
  if (labelRole === "change") {
    const planRow = (year === undefined || year === planYear) && (kindRead === undefined || kindRead === "plan");
    return { role: planRow ? "change" : "none", clash: false };
  }
  let role: RoleOrNone | undefined;
  if (year === undefined && kind === undefined) role = undefined;
  else if (spec.latestYear) {
    // Customer figures are reported, never planned: a plan or forecast row is an expectation.
    if (kind !== undefined && kindRead !== "ist" && kindRead !== "latest") role = "none";
    else if (year === undefined) role = undefined;
    else if (planYear === undefined) role = "none";
    else role = year === planYear - 1 ? "current" : year === planYear - 2 ? "previous" : "none";
  } else if (kind !== undefined && kindRead === undefined) {
    // A kind the vocabulary does not know ("Forecast", "Szenario B"): the row's role is not known either.
    role = "none";
  } else {
    role = roleOf(fold(`${kind ?? ""} ${year ?? ""}`).trim(), planYear) ?? (year !== undefined ? "none" : undefined);
  }
  const clash = labelRole !== undefined && role !== undefined && role !== "none" && labelRole !== role && !spec.latestYear;
  return { role: role ?? labelRole, clash };
}

/** The specs of a row's label, read in the area its area column names. */
function rowSpecs(sheet: SheetGrid, row: number, col: number, label: string, area: AreaId | undefined): LabelSpec[] {
  const inArea = (specs: LabelSpec[]) => specs.filter((s) => (!s.context || s.context === area) && Object.values(s.names).some((n) => n && areaOf(n)?.id === area));
  // Several readings of the label ("Anteil Kommune": staff share or KFA, "eLb": target or customer stock): the
  // row's area picks the one of its area, before the label's neighbours are asked (they are other areas' rows).
  const own = area === undefined ? [] : inArea(matchLabel(label).standalone);
  if (own.length === 1) return own;
  // Several in the area ("VH davon EinglMV": the federal part or the allocation): the label's block decides (./allocationAsPart.ts).
  // A label read with its part (./longListPeriod.ts) is no cell's text: its own reading stands.
  const specs = label === sheet.ownText(row, col) ? specsAt(sheet, row, col) : matchLabel(label).standalone;
  if (area === undefined) return specs;
  const fitting = inArea(specs);
  return fitting.length > 0 ? fitting : own.length > 0 ? own : specs;
}

const AREA_TITLE: Record<AreaId, string> = { eckdaten: "Eckdaten", haushalt: "Haushalt", personal: "Personal", foerderung: "Förderung", ziele: "Ziele", kunden: "Kunden" };

/** Candidates of one data row. */
function rowCandidates(sheet: SheetGrid, head: LongListHead, row: number, planYear: number | undefined, neighbours: Map<number, AreaId>): Candidate[] {
  const figure = sheet.ownText(row, head.label);
  const partText = head.part === undefined ? undefined : sheet.ownText(row, head.part);
  const part = partText !== undefined && head.part === head.year ? partWithoutYear(partText) || undefined : partText;
  const areaText = head.area === undefined ? undefined : sheet.ownText(row, head.area);
  // "Verwaltungshaushalt | Gesamt": a bare total position totals its category, read together.
  const own = figure !== undefined && areaText !== undefined && isBareTotalLabel(figure) ? `${areaText} ${figure}` : figure;
  const label = own === undefined ? undefined : labelWithPart(own, part);
  const value = sheet.value(row, head.value);
  if (label === undefined || value === null) return [];
  // Without an area column or section the neighbouring figures' area holds (./longListNeighbours.ts).
  const area = areaText === undefined ? (sheet.areaAt(row, head.label) ?? neighbours.get(row)) : areaNamed(fold(areaText));
  const specs = rowSpecs(sheet, row, head.label, label, area);
  if (specs.length === 0) return [];
  const year = yearAt(sheet, row, head.year);
  const period = (head.period && year === undefined) || head.part === head.year ? (sheet.ownText(row, head.year) ?? (year !== undefined ? String(year) : undefined)) : undefined;
  const kind = head.kind === undefined ? undefined : sheet.ownText(row, head.kind);
  const unit = head.unit === undefined ? undefined : sheet.ownText(row, head.unit);
  const listLows: Low[] = [];
  if (specs.length > 1) listLows.push({ id: "mehrdeutig", text: `Die Beschriftung „${label}“ passt zu mehreren Kennzahlen.` });
  if (head.region !== undefined) listLows.push({ id: "kontext", text: `Die Liste hat eine Spalte „${head.regionHead}“: ihre Zeilen können zu anderen Jobcentern oder Regionen gehören.` });
  const out: Candidate[] = [];
  for (const spec of specs) {
    const lows = [...listLows];
    if (spec.context && spec.context !== area) {
      const where = area ? `steht im Bereich „${AREA_TITLE[area]}“` : "steht in einer Liste ohne Bereich";
      lows.push({ id: "kontext", text: `Die Beschriftung ist allein nicht eindeutig und ${where} (Blatt „${sheet.name}“).` });
    }
    const score = matchLabel(label).scores.get(spec.id);
    if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) lows.push({ id: "beschriftung", text: "Die Beschriftung enthält Wörter, die nicht zu dieser Kennzahl gehören." });
    const { role, clash } = rowRole(spec, label, year, kind, planYear, period);
    const named = role === "none" || withoutOwnPrevious(spec, role) ? undefined : spec.names[role ?? spec.plain.role];
    const name = named ?? spec.names[spec.plain.role] ?? Object.values(spec.names)[0]!;
    const rowYear = [kind, year, period].filter(Boolean).join(" ");
    if (!named && spec.latestYear && planYear !== undefined) {
      lows.push({ id: "jahr", text: `Die Zeile gehört zu ${rowYear}; Kundenzahlen gelten für das zuletzt berichtete Jahr ${planYear - 1} (Vorjahreswert ${planYear - 2}).` });
    } else if (!named) lows.push({ id: "jahr", text: `Die Zeile gehört zu ${rowYear}, weder zum Planjahr noch zum Vorjahr${planYear ? ` (Planjahr ${planYear})` : ""}.` });
    else if (clash) lows.push({ id: "jahr", text: `Die Beschriftung „${label}“ nennt ein anderes Jahr als die Zeile (${rowYear}).` });
    else if (role === undefined && !spec.plain.sure) lows.push({ id: "jahr", text: "Weder die Jahresspalte noch die Beschriftung sagt, ob der Wert zum Planjahr oder zum Vorjahr gehört." });
    if (named && area !== undefined && areaOf(named)?.id !== area && !lows.some((l) => l.id === "kontext")) {
      lows.push({ id: "kontext", text: `Die Kennzahl gehört nicht zum Bereich „${AREA_TITLE[area]}“ der Zeile.` });
    }
    const unitMismatch = unitLow(name, unit);
    if (unitMismatch) lows.push(unitMismatch);
    const percent = unit !== undefined && /%|prozent/.test(fold(unit));
    const j = judgeValue(name, value, sheet.format(row, head.value), percent, `${label} ${unit ?? ""}`);
    if (!j.ok) lows.push({ id: j.id, text: j.text });
    const ref = sheet.ref({ row, col: head.value });
    out.push({
      name,
      sheet: sheet.index,
      ref,
      label,
      labelCell: sheet.ref({ row, col: head.label }),
      value,
      lows,
      // Another year's row is no rival to the planning year's: only when nothing else names the figure.
      ...(named ? {} : { fallback: true }),
      ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
      order: orderOf(sheet.index, row, head.label),
    });
  }
  return out;
}

/** The long lists of a sheet: their candidates; their cells are claimed, so no other finder reads their rows. */
export function findLongLists(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r) || claims.has(sheet.index, r, sheet.filledColumns(r)[0])) continue;
    const head = longListHeadAt(sheet, r);
    if (!head) continue;
    const found: Candidate[] = [];
    const neighbours = head.area === undefined ? neighbourAreas(sheet, head) : new Map<number, AreaId>();
    for (let row = head.from; row <= head.to; row++) found.push(...rowCandidates(sheet, head, row, planYear, neighbours));
    // Two rows of one figure and role: the list itself does not say which holds.
    const count = new Map<string, number>();
    for (const c of found) if (!c.fallback) count.set(c.name, (count.get(c.name) ?? 0) + 1);
    for (const c of found) {
      if (!c.fallback && count.get(c.name)! > 1) c.lows.push({ id: "mehrdeutig", text: `Die Liste hat ${count.get(c.name)} Zeilen für diese Kennzahl und dieses Jahr.` });
    }
    out.push(...found);
    claims.add(sheet.index, head.row, head.left, head.to, head.right);
    r = head.to;
  }
  return out;
}
