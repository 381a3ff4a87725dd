// A section counting staff ("VZÄ n. Ber.", "Köpfe je Bereich", "Stellen nach Bereichen") holds VZÄ or head counts:
// a number there that is neither formatted as percent nor at most 1 is one of them, never a share, even when its
// label reads like one ("M" for Männer in an area's initials). A share typed in percent format stays possible.
// The same holds under a head row whose corner names the unit ("Beschäftigte nach Geschlecht (Köpfe) | Frauen |
// Männer", ./headCornerUnit.ts) and for a label naming it ("davon kommunales Personal (VZÄ)").
import type { CellKind } from "../contract";
import { readColumn } from "../columnRoles";
import { isPercentFormat } from "../percentUnits";
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { headRowCorner } from "./headCornerUnit";

export function countedInSection(kind: CellKind | "table" | undefined, sectionTitle: string | undefined, value: unknown, format: string, where: "section" | "corner" | "label" = "section"): Low | undefined {
  if (kind !== "share" || sectionTitle === undefined || typeof value !== "number" || value <= 1 || isPercentFormat(format)) return undefined;
  const unit = readColumn(sectionTitle).kind;
  if (unit !== "vzae" && unit !== "heads") return undefined;
  const counts = unit === "vzae" ? "VZÄ" : "Köpfe";
  if (where === "label") return { id: "typ", text: `Die Beschriftung „${sectionTitle}“ nennt ${counts}: der Wert ist kein Anteil` };
  const place = where === "corner" ? `unter dem Tabellenkopf „${sectionTitle}“` : `im Abschnitt „${sectionTitle}“`;
  return { id: "typ", text: `Der Wert steht ${place}, der ${counts} zählt, und ist kein Anteil` };
}

/** A count by its section title, the corner of its head row or its own label (whichever names the unit first). */
export function countedAt(kind: CellKind | "table" | undefined, sectionTitle: string | undefined, label: string, value: unknown, sheet: SheetGrid, row: number, labelCol: number, valueCol: number): Low | undefined {
  if (kind !== "share") return undefined;
  const format = sheet.format(row, valueCol);
  return countedInSection(kind, sectionTitle, value, format) ?? countedInSection(kind, headRowCorner(sheet, row, labelCol, valueCol), value, format, "corner") ?? countedInSection(kind, label, value, format, "label");
}
