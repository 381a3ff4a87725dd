// "Personal 2027 | Anzahl | in %" over "davon BA | 134 | 75,3": beside a count, the column headed as a share ("in %",
// "Anteil", "%-Anteil") holds the row's share — a plain number there too (75,3 meaning 75,3 %). For a share figure,
// of a row's numbers those under a share head are its value when numbers under another head stand beside them (the
// mirror of ./shareBesideAmount.ts). Two share heads ("2025 in % | 2026 in %") or none leave the row as it was.
import { readColumn } from "../columnRoles";
import { contractName } from "../contract";
import { fold } from "./normalize";

/** The row's found numbers under a share head, for a share figure, when others under another head stand beside them. */
export function shareHeadColumnsOnly<F extends { header?: string }>(name: string, found: F[]): F[] {
  if (found.length < 2 || contractName(name)?.kind !== "share") return found;
  const isShare = (f: F) => f.header !== undefined && readColumn(fold(f.header)).kind === "share";
  const kept = found.filter(isShare);
  return kept.length > 0 && kept.length < found.length ? kept : found;
}
