// Transposed tables: figures as column headers ("IQ gesamt | IQ Frauen | IQ Männer | LZB …") and roles
// or years as row labels ("Ist 2024 (vorläufig)" | "Ziel 2025" | "Veränderung in %"). Found like the
// row-wise form: the header names the figure, the row label its role; the block's cells are claimed so
// its headers are not read again as row labels.
import { contractName } from "../contract";
import type { Candidate, Claims, Low } from "./candidate";
import { judgedCandidate } from "./judgedCandidate";
import { genderHead } from "./genderHead";
import { matchAt } from "./labelCells";
import { matchLabel } from "./matchLabel";
import { specsAt } from "./labelSpecs";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import { fold, isYearNumber } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { judgeValue } from "./values";
import { settleHeadTwins } from "./headerTwins";
import { latestYearRoles } from "./context";
import { isFigureHeadRow, planYearTwin } from "./wideExport";
import { byFamilies } from "./allocationAsPart";
import { isAbsoluteChange, roleRowLabel, supersededByLatest } from "./yearRowLabel";
import { twoHeadsOverRoles } from "./blankCorner";
import { rowNamesOtherFigure } from "./figureRowLabel";
import { tileChangeAt } from "./tileChange";
import { monthRowRole } from "./monitoringColumns";
import { isTitleHeadRow } from "./titleColumnMatrix";

const oneOrNone = <T>(xs: T[]): T[] => (xs.length === 1 ? xs : []);


export function findTransposed(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const cols = sheet.filledColumns(hr);
    // Two figure heads over an empty corner ("| IQ | LZB") make a table too (./blankCorner.ts).
    if (cols.length < 3 && !twoHeadsOverRoles(sheet, hr, cols)) continue;
    // A row of label/value pairs ("Jobcenter: | X | Stand: | 20.02.2024") holds values: no header row.
    if (cols.some((c) => sheet.ownText(hr, c) === undefined && !isYearNumber(sheet.number(hr, c)))) continue;
    // A head row another reader took whole, or the budget's titles over stage rows ("EGT | VWT | Summe" over
    // "Mittelzuweisung 2026": an allocation, no role of the EGT's budget; ./titleColumnMatrix.ts).
    if (cols.some((c) => claims.has(sheet.index, hr, c)) || isTitleHeadRow(sheet, hr)) continue;
    // Figure headers: text cells naming exactly one figure; the row's first cell is the role column's head (or blank).
    const heads = cols.filter((c) => c > sheet.c0 || c > cols[0]);
    const headSpecs = heads.map((c) => (sheet.ownText(hr, c) === undefined ? [] : matchAt(sheet, hr, c).standalone));
    const twinsSettled = settleHeadTwins(headSpecs).map((s, i) => (s.length === 0 && headSpecs[i].length === 2 ? planYearTwin(headSpecs[i], sheet, hr, heads[i], cols[0], planYear) : s));
    // A head of several readings ("VH_Bund_EinglMV": part or allocation): the row's other heads decide its family.
    const singles = twinsSettled.filter((s) => s.length === 1).map((s) => s[0]);
    const settled = twinsSettled.map((s, i) => (s.length === 0 && headSpecs[i].length > 1 ? oneOrNone(byFamilies(headSpecs[i], singles)) : s));
    const figureCols = heads.map((c, i) => ({ c, specs: settled[i] })).filter((x) => x.specs.length === 1);
    if (!isFigureHeadRow(figureCols.length, cols.length - 1)) continue;
    const labelCol = Math.min(...figureCols.map((x) => x.c)) - 1;
    if (labelCol < sheet.c0) continue;
    // Role rows below: a text label with a role, numbers under the figures.
    const roleRows: Array<{ r: number; role: RoleOrNone; label: string }> = [];
    for (let r = hr + 1; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const row = monthRowRole(roleRowLabel(sheet, r, labelCol, planYear), planYear); // a month's row is monitoring (./monitoringColumns.ts)
      // A row naming a figure of its own ("IQ Ziel 2025" under "Männer | Frauen") is no role row: the heads are its parts.
      if (row === undefined || figureCols.some(({ specs }) => rowNamesOtherFigure(sheet, r, labelCol, specs[0]))) break;
      roleRows.push({ r, ...row });
    }
    if (roleRows.length === 0) continue;
    const last = roleRows[roleRows.length - 1].r;
    for (const { c, specs } of figureCols) {
      const spec = specs[0];
      const score = matchAt(sheet, hr, c).scores.get(spec.id);
      const header = sheet.ownText(hr, c)!;
      // Customer structure is as of the latest year reported: of the rows filled under it, the latest year's is
      // the current figure ("Ist 2024" alone in a 2025 export), as for year columns.
      const filled = roleRows.filter((x) => sheet.value(x.r, c) !== null);
      const latest = spec.latestYear ? latestYearRoles(filled.map((x) => x.label), planYear) : [];
      for (const { r, role: rowRole, label } of roleRows) {
        const role = latest[filled.findIndex((x) => x.r === r)] ?? rowRole;
        if (role === "none" || supersededByLatest(spec, role, latest) || isAbsoluteChange(role, label)) continue;
        const name = spec.names[role];
        const v = sheet.value(r, c);
        if (!name || v === null || !contractName(name)) continue;
        const lows: Low[] = [];
        if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) {
          lows.push({ id: "beschriftung", text: `Der Spaltenkopf „${header}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
        }
        const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(label)), `${header} ${label}`);
        out.push(judgedCandidate(sheet, name, { row: r, col: c }, { row: hr, col: c }, `${header} / ${label}`, v, lows, j, { row: hr, col: c }));
      }
    }
    claims.add(sheet.index, hr, labelCol, last, Math.max(...figureCols.map((x) => x.c)));
  }
  return out;
}

const TOTAL_HEAD = /^(insgesamt|gesamt|summe|alle|zusammen|total)$/;

/**
 * Gender in columns under figure titles: heads "insgesamt | Frauen | Männer" over blocks of a figure title
 * ("Integrationsquote", "Langzeitleistungsbeziehende (Jahresdurchschnitt)") with its role rows beside it
 * ("Ist 2025 (vorläufig)" | "Ziel 2026" | "Veränderung zum Vorjahr"). The title names the figure, the head its
 * part (title and head read together: "Integrationsquote Frauen"), the row label its role. A block ends at a
 * title that names no figure or a row without a role.
 */
export function findGenderColumns(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const filled = sheet.filledColumns(hr);
    if (filled.some((c) => sheet.ownText(hr, c) === undefined)) continue;
    // A head over the label columns ("Kennzahl | | gesamt | Frauen | Männer") names them, not a part: it must
    // stand left of the role column, so the title column stays free for the figures' titles.
    const first = filled.findIndex((c) => genderHead(sheet.ownText(hr, c)!) !== undefined || TOTAL_HEAD.test(fold(sheet.ownText(hr, c)!)));
    const cols = first > 0 && first <= 2 ? filled.slice(first) : filled;
    // Two figure heads over an empty corner ("| IQ | LZB") make a table too (./blankCorner.ts).
    if (cols.length < 3 && !twoHeadsOverRoles(sheet, hr, cols)) continue;
    const heads = cols.map((c) => sheet.ownText(hr, c)!);
    const parts = heads.map((h) => genderHead(h));
    if (!parts.includes("frauen") || !parts.includes("maenner") || !heads.some((h, i) => parts[i] === undefined && TOTAL_HEAD.test(fold(h)))) continue;
    if (parts.some((p, i) => p === undefined && !TOTAL_HEAD.test(fold(heads[i])))) continue;
    const roleCol = cols[0] - 1;
    const titleCol = roleCol - 1;
    if (titleCol < sheet.c0 || cols.some((c, i) => i > 0 && c !== cols[i - 1] + 1)) continue;
    let title: { spec: LabelSpec; text: string; row: number } | undefined;
    let last = hr;
    for (let r = hr + 1; r <= sheet.lastRow; r++) {
      if (sheet.rowBlank(r)) continue;
      const t = sheet.ownText(r, titleCol);
      if (t !== undefined) {
        const specs = matchAt(sheet, r, titleCol).standalone;
        if (specs.length !== 1) break;
        title = { spec: specs[0], text: t, row: r };
      }
      const roleLabel = sheet.ownText(r, roleCol);
      if (!title || roleLabel === undefined) break;
      const role = roleOf(fold(roleLabel), planYear);
      if (role === undefined) break;
      last = r;
      if (role === "none") continue;
      const titleScore = matchAt(sheet, title.row, titleCol).scores.get(title.spec.id);
      cols.forEach((c, i) => {
        const part = parts[i];
        let spec: LabelSpec | undefined = title!.spec;
        if (part) {
          const m = matchLabel(`${title!.text} ${heads[i]}`).standalone;
          spec = m.length === 1 && Object.values(m[0].names).some((n) => n && fold(n).includes(part)) ? m[0] : undefined;
        }
        const name = spec?.names[role];
        const v = sheet.value(r, c);
        if (!spec || !name || v === null || !contractName(name)) return;
        const lows: Low[] = [];
        if (titleScore && (titleScore.score < SURE_SCORE || titleScore.foreign.length > 0)) {
          lows.push({ id: "beschriftung", text: `Die Beschriftung „${title!.text}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
        }
        const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(`${title!.text} ${roleLabel}`)), `${title!.text} ${heads[i]} ${roleLabel}`);
        out.push(judgedCandidate(sheet, name, { row: r, col: c }, { row: title!.row, col: titleCol }, `${title!.text} / ${heads[i]} / ${roleLabel}`, v, lows, j));
      });
    }
    if (last > hr) claims.add(sheet.index, hr, titleCol, last, cols[cols.length - 1]);
  }
  return out;
}

/**
 * Figures as column heads over a single row of values, without a role column ("Beschäftigte (Köpfe) |
 * Vollzeitäquivalente | Anteil BA | …" over "176 | 161,8 | 60 % | …"): each head names its figure, the value
 * under it is that figure. A figure with several years needs its role in the head ("IQ Ziel", "LZB Vorjahr"); a
 * second value row would need a role column and is left to the other readers.
 */
export function findHeadRow(sheet: SheetGrid, claims: Claims, planYear?: number): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const cols = sheet.filledColumns(hr);
    if (cols.length < 3 || cols.some((c) => claims.has(sheet.index, hr, c) || sheet.ownText(hr, c) === undefined)) continue;
    // A head names its figure and, for a figure with several years, its role ("IQ Ziel", "LZB Vorjahr (JDW)",
    // "IQ Veränderung ggü. VJ" in a BI export): a head whose role is missing or names no such year is no head row.
    const nameOf = (spec: LabelSpec, head: string): string | undefined => {
      const role = roleOf(fold(head), planYear);
      if (role === "none") return undefined;
      const single = new Set(Object.values(spec.names)).size === 1;
      // Customer structure is as of the latest year reported: a head without a year ("Anteil LZB an eLb" beside
      // "Anteil LZB an eLb Vorjahr") is the current figure, as a row label without one is.
      if (role === undefined) return !spec.plain.sure ? undefined : single ? Object.values(spec.names)[0] : spec.latestYear ? spec.names[spec.plain.role] : undefined;
      return spec.names[role];
    };
    // A key column naming no figure ("Jobcenter-Nr." before the figures of an export) is passed over; every other
    // head must name one figure and its year, and at least three do.
    const figures = cols.map((c) => ({ c, specs: specsAt(sheet, hr, c) })).filter((x, i) => i > 0 || x.specs.length > 0 || matchLabel(sheet.ownText(hr, x.c)!).standalone.length > 0);
    if (figures.length < 3 || figures.some((x) => x.specs.length !== 1 || !nameOf(x.specs[0], sheet.ownText(hr, x.c)!))) continue;
    const r = hr + 1;
    const numbers = cols.filter((c) => sheet.number(r, c) !== undefined);
    if (numbers.length < 2 || sheet.filledColumns(r).some((c) => sheet.ownText(r, c) !== undefined)) continue;
    if (r < sheet.lastRow && cols.some((c) => sheet.number(r + 1, c) !== undefined)) continue;
    for (const { c, specs } of figures) {
      const spec = specs[0];
      const header = sheet.ownText(hr, c)!;
      const name = nameOf(spec, header);
      const v = sheet.value(r, c);
      if (!name || v === null || !contractName(name)) continue;
      const lows: Low[] = [];
      const score = matchAt(sheet, hr, c).scores.get(spec.id);
      if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) {
        lows.push({ id: "beschriftung", text: `Der Spaltenkopf „${header}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
      }
      if (spec.context && spec.context !== sheet.areaAt(hr, c)) {
        lows.push({ id: "kontext", text: `Der Spaltenkopf „${header}“ ist allein nicht eindeutig und steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
      }
      const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(header)), header);
      out.push(judgedCandidate(sheet, name, { row: r, col: c }, { row: hr, col: c }, header, v, lows, j, { row: hr, col: c }));
      // A tile's change line under the planning year's value ("Δ VJ | 3,1 %", ./tileChange.ts) is the figure's change.
      const change = spec.names.change && name === spec.names.current ? tileChangeAt(sheet, hr, c, r, cols.find((x) => x > c)) : undefined;
      const cv = change ? sheet.value(change.row, change.col) : null;
      if (change && cv !== null && !isAbsoluteChange("change", change.label)) {
        const changeName = spec.names.change!;
        const jc = judgeValue(changeName, cv, sheet.format(change.row, change.col), /%|prozent/.test(fold(change.label)), `${header} ${change.label}`);
        const changeLabel = { row: change.row, col: change.labelCol };
        out.push(judgedCandidate(sheet, changeName, change, changeLabel, `${header} / ${change.label}`, cv, lows, jc, changeLabel));
      }
    }
    claims.add(sheet.index, hr, cols[0], r, cols[cols.length - 1]);
  }
  return out;
}
