// A staff table by area with a head count and a VZÄ column ("Bereich | Köpfe | VZÄ", "Bereich | MA | Stellen"):
// the column headers say which is which, so the VZÄ per area stand in the VZÄ column and the total row holds both
// totals, the head count (PER_Beschaeftigte) under "Köpfe" and the VZÄ (PER_VZAE_Gesamt) under "VZÄ".
import { readColumn } from "../columnRoles";

/** The VZÄ and the head count column of a table's number columns, read from their headers; undefined unless exactly one each. */
export function staffColumns(numberCols: number[], headOf: (col: number) => string | undefined): { vzae: number; heads?: number } | undefined {
  const kinds = numberCols.map((c) => readColumn(headOf(c) ?? "").kind);
  const vzae = numberCols.filter((_, i) => kinds[i] === "vzae");
  const heads = numberCols.filter((_, i) => kinds[i] === "heads");
  // Every column must be one of the two: a location or year column beside them leaves the table unsure.
  if (vzae.length !== 1 || heads.length > 1 || vzae.length + heads.length !== numberCols.length) return undefined;
  return { vzae: vzae[0], ...(heads.length === 1 ? { heads: heads[0] } : {}) };
}
