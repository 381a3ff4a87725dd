// namen/tabelle-fortgesetzt: rows like the table's own stand directly below a table name (next year's copy
// grew by a row, an instrument was added at the end): the name no longer covers the whole table.
import { cellInRange } from "../../address";
import { isTotalLabel } from "../../columnRoles";
import { fold } from "../../mapper/normalize";
import { isBlank } from "../../resolve/view";
import type { CellValue } from "../../snapshot";
import type { Rule, RuleReport } from "../types";

/**
 * A total or subtotal row under a table is its sum, not a new row ("Summe", "VZÄ gesamt", "Insgesamt" under
 * the VZÄ areas, also with location columns before its total column): the shared total-row words.
 */
const isTotal = (label: string) => isTotalLabel(label) || /^zwischensumme/.test(fold(label));

/**
 * The rows directly below that look like data rows of the table: consecutive from the first row below,
 * each with a text label as its first filled cell (not a total) and a number to the right of it. A total
 * row ends them — but under a table that should have one and has none (`tableLacksTotal`: FOE_Tabelle
 * without its Gesamt row), it is the table's own total, pushed down by a new row, and belongs to it too.
 */
export function continuedRows(
  below: readonly (readonly CellValue[])[],
  tableLacksTotal = false,
): Array<{ row: number; col: number; label: string; total?: true }> {
  const out: Array<{ row: number; col: number; label: string; total?: true }> = [];
  for (const [r, row] of below.entries()) {
    const col = row.findIndex((v) => !isBlank(v));
    const first = row[col];
    if (col < 0 || typeof first !== "string") break;
    if (!row.slice(col + 1).some((v) => typeof v === "number")) break;
    if (isTotal(first)) {
      if (tableLacksTotal && !/^zwischensumme/.test(fold(first))) out.push({ row: r, col, label: first.trim(), total: true });
      break;
    }
    out.push({ row: r, col, label: first.trim() });
  }
  return out;
}

export const namenTabelleFortgesetzt: Rule = {
  meta: {
    id: "namen/tabelle-fortgesetzt",
    family: "namen",
    severity: "warning",
    title: "Tabelle unter dem Namen fortgesetzt",
    titleEn: "Table continues below its name",
    description:
      "Direkt unter dem Bereich eines Tabellennamens (FOE_Tabelle, PER_VZAE_Bereiche, KUN_BG_Groesse) stehen Zeilen wie die der Tabelle: eine Beschriftung und rechts davon eine Zahl, ohne Leerzeile dazwischen (gelesen werden die drei Zeilen unter dem Bereich). Meist wurde die Mappe fürs nächste Jahr kopiert und die Tabelle um Zeilen verlängert; der Name deckt sie dann nicht mehr ab, und die Prüfungen rechnen ohne sie. Eine Summenzeile (Gesamt, Summe, Insgesamt) direkt darunter zählt nicht – außer unter FOE_Tabelle ohne eigene Gesamtzeile: dann ist es deren Gesamtzeile, nach unten geschoben, weil eine Zeile hinzukam, und die Tabelle ist gewachsen. Abhilfe: die Zuordnung erweitern – „Einrichten“ in Excel oder `aip map` auf der Kommandozeile.",
    messages: {
      gesamtDarunter: {
        de: "{name} ({name, meaning}): die Tabelle hat keine Gesamtzeile, aber direkt unter {address} steht eine ({label, quote}) – die Tabelle ist gewachsen, der Name deckt sie nicht mehr ab. Die Zuordnung bis zur Gesamtzeile erweitern: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        en: "{name} ({name, meaning}): the table has no total row, but right below {address} there is one ({label, quote}) – the table grew and the name no longer covers it. Extend the mapping down to the total row: “Einrichten” (Set up) in Excel or aip map on the command line",
      },
      eineZeile: {
        de: "{name} ({name, meaning}): direkt unter {address} steht eine weitere Zeile wie die der Tabelle ({label, quote}) – wurde die Tabelle fortgesetzt? Dann die Zuordnung erweitern: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        en: "{name} ({name, meaning}): right below {address} there is another row like the table's ({label, quote}) – was the table continued? Then extend the mapping: “Einrichten” (Set up) in Excel or aip map on the command line",
      },
      mehrereZeilen: {
        de: "{name} ({name, meaning}): direkt unter {address} stehen {count} weitere Zeilen wie die der Tabelle (erste: {label, quote}) – wurde die Tabelle fortgesetzt? Dann die Zuordnung erweitern: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        en: "{name} ({name, meaning}): right below {address} there are {count} more rows like the table's (first: {label, quote}) – was the table continued? Then extend the mapping: “Einrichten” (Set up) in Excel or aip map on the command line",
      },
    },
  },
  check: (ctx) => {
    const reports: RuleReport[] = [];
    for (const t of ctx.view.surroundings.values()) {
      const rows = continuedRows(t.below ?? [], t.hasTotalRow === false);
      if (!rows.length) continue;
      const cells = rows.map((r) => cellInRange(t.address, t.rows + r.row, r.col));
      const data = { name: t.name, address: t.address, label: rows[0].label };
      const total = rows.find((r) => r.total);
      reports.push(
        total
          ? { messageId: "gesamtDarunter", data: { ...data, label: total.label, count: rows.length }, names: [t.name], cells }
          : rows.length === 1
          ? { messageId: "eineZeile", data, names: [t.name], cells }
          : { messageId: "mehrereZeilen", data: { ...data, count: rows.length }, names: [t.name], cells },
      );
    }
    return reports;
  },
};
