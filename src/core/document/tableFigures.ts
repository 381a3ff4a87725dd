// The figures in a programme's tables: the header row says which column is which year ("Ist 2023",
// "Plan 2024", "Ziel 2024", "Veränderung ggü. VJ in %"); each row's label says which figure — an instrument
// of the Förderung table, an area of the VZÄ table, or a contract label by meaning ("Verwaltungshaushalt",
// "darunter Männer" under the IQ row).
import { roleOf, type RoleOrNone } from "../mapper/roles";
import { fold } from "../mapper/normalize";
import type { Role } from "../mapper/labels";
import { looseLabel, LEVEL2 } from "../resolve/labels";
import { figureNamesFor, isPercentKind, kindOf, nameForRole } from "./figureNames";
import { parseCellNumber, type PrintedNumber } from "./numbers";
import type { FigureTarget, StatedFigure } from "./textFigures";
import type { DocTable } from "./types";

export interface TableContext {
  planYear?: number;
  /** Instrument labels of the workbook's FOE_Tabelle (as written there). */
  foeInstruments: readonly string[];
  /** Area labels of PER_VZAE_Bereiche. */
  vzaeAreas: readonly string[];
}

const TOTAL = /^(gesamt|insgesamt|summe|gesamtsumme|summe gesamt)$/;

function cellFits(n: PrintedNumber, name: string): boolean {
  const kind = kindOf(name);
  if (kind === undefined || n.points) return false;
  if (n.percent) return isPercentKind(kind);
  return kind !== "text" && kind !== "date" && kind !== "year";
}

const isYearText = (t: string) => /^\s*(19|20)\d\d\s*$/.test(t);

/** Index of the header row: the last row before the first row with a figure, if it has text right of the label. */
function headerRow(rows: string[][]): number | undefined {
  const firstData = rows.findIndex((r) => r.slice(1).some((c) => !isYearText(c) && parseCellNumber(c) !== undefined));
  if (firstData <= 0) return undefined;
  const h = firstData - 1;
  return rows[h].slice(1).some((c) => c.trim() !== "") ? h : undefined;
}

export function tableFigures(t: DocTable, ctx: TableContext): StatedFigure[] {
  const h = headerRow(t.rows);
  const headers = h === undefined ? [] : t.rows[h];
  const roles: (RoleOrNone | undefined)[] = headers.map((c) => (c.trim() ? roleOf(fold(c), ctx.planYear) : undefined));
  const dataRows = t.rows.map((r, i) => ({ r, i })).filter(({ i }) => h === undefined || i > h);
  const labels = dataRows.map(({ r }) => r[0] ?? "");

  const foe = new Map(ctx.foeInstruments.map((l) => [looseLabel(l), l]));
  const areas = new Map(ctx.vzaeAreas.map((l) => [looseLabel(l), l]));
  const matches = (m: Map<string, string>) => labels.filter((l) => m.has(looseLabel(l))).length;
  const kind: "foe" | "vzae" | "labels" = matches(foe) >= 2 ? "foe" : matches(areas) >= 2 ? "vzae" : "labels";

  const out: StatedFigure[] = [];
  let parentLabel: string | undefined;
  for (const { r, i } of dataRows) {
    const label = (r[0] ?? "").trim();
    const loose = looseLabel(label);
    const isMember = LEVEL2.test(loose);
    const hits = kind === "labels" && label ? figureNamesFor(label, { planYear: ctx.planYear, ...(isMember && parentLabel ? { parentLabel } : {}) }) : [];
    if (!isMember) parentLabel = label;
    const valueCols = r.map((c, j) => ({ c, j })).filter(({ c, j }) => j > 0 && parseCellNumber(c) !== undefined);
    valueCols.forEach(({ c, j }, order) => {
      const printed = parseCellNumber(c) as PrintedNumber;
      let target: FigureTarget | undefined;
      const headerRole = roles[j];
      // A column of another year (or one the header rules out) states no figure of this programme.
      if (headerRole === "none") return;
      const role: Role = headerRole ?? (valueCols.length === 1 ? "current" : order === 0 ? "previous" : "current");
      if (kind === "foe") {
        const instrument = foe.get(loose) ?? (TOTAL.test(loose) ? "Gesamt" : undefined);
        if (instrument && (role === "previous" || role === "current")) target = { kind: "foeCell", instrument, column: role === "previous" ? "ist" : "plan" };
      } else if (kind === "vzae") {
        const area = areas.get(loose);
        if (area) target = { kind: "vzaeArea", area };
        else if (TOTAL.test(loose)) target = { kind: "name", name: "PER_VZAE_Gesamt" };
      } else {
        const picked = nameForRole(
          hits.map((x) => x.name),
          role,
        );
        if (picked && cellFits(printed, picked)) target = { kind: "name", name: picked };
      }
      out.push({
        printed,
        place: { kind: "table", table: t.number, row: i + 1, column: j + 1, rowLabel: label, columnLabel: (headers[j] ?? "").trim() },
        quote: r.map((x) => x.trim()).filter(Boolean).join(" | "),
        ...(target ? { target } : {}),
      });
    });
  }
  return out;
}
