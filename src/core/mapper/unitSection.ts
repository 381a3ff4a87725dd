// A section counting staff ("VZÄ n. Ber.", "Köpfe je Bereich", "Stellen nach Bereichen") holds VZÄ or head counts:
// a number there that is neither formatted as percent nor at most 1 is one of them, never a share, even when its
// label reads like one ("M" for Männer in an area's initials). A share typed in percent format stays possible.
import type { CellKind } from "../contract";
import { readColumn } from "../columnRoles";
import { isPercentFormat } from "../percentUnits";
import type { Low } from "./candidate";

export function countedInSection(kind: CellKind | "table" | undefined, sectionTitle: string | undefined, value: unknown, format: string): Low | undefined {
  if (kind !== "share" || sectionTitle === undefined || typeof value !== "number" || value <= 1 || isPercentFormat(format)) return undefined;
  const unit = readColumn(sectionTitle).kind;
  if (unit !== "vzae" && unit !== "heads") return undefined;
  return { id: "typ", text: `Der Wert steht im Abschnitt „${sectionTitle}“, der ${unit === "vzae" ? "VZÄ" : "Köpfe"} zählt, und ist kein Anteil` };
}
