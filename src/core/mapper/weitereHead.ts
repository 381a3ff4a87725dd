// ZIE_Weitere's head in the § 48a wording: "Nr. | Ergänzungsgröße | Ausgangswert 2025 | Ziel 2026 | Veränd. ggü. VJ
// | Einheit" or "Ergänzungsgröße | Bezeichnung | Einheit | Vorjahr 2025 | Ziel 2026 | Veränderung ggü. VJ". A code
// column heads the corner, a name and a unit column may stand before the values; the value heads read previous
// year, target and change in this order by their years and words ("Ausgangswert 2025" in 2026: the previous year).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import { roleOf } from "./roles";

const UNIT = /^(einheit|masseinheit|dimension)$/;
/** Heads of columns that describe the row: name or unit, no year, no role. */
const isDescriptor = (t: string) => UNIT.test(t) || (t !== "" && yearsIn(t).length === 0 && readColumn(t).kind === undefined && roleOf(t, undefined) === undefined);

/** The head's last column when the row reads [descriptors] | previous | target | change (| unit) right of `labelCol`. */
export function describedWeitereHead(sheet: SheetGrid, row: number, labelCol: number, planYear: number | undefined): number | undefined {
  const cols = sheet.filledColumns(row).filter((c) => c > labelCol);
  if (cols.some((c, i) => c !== (i === 0 ? labelCol + 1 : cols[i - 1] + 1))) return undefined;
  const heads = cols.map((c) => fold(sheet.text(row, c) ?? ""));
  let i = 0;
  while (i < heads.length && i < 2 && isDescriptor(heads[i])) i++;
  if (i === 0) return undefined;
  const roles = heads.slice(i, i + 3).map((t) => roleOf(t, planYear));
  if (roles.length < 3 || roles[0] !== "previous" || roles[1] !== "current" || roles[2] !== "change") return undefined;
  const rest = heads.slice(i + 3);
  if (rest.length > 1 || (rest.length === 1 && !UNIT.test(rest[0]))) return undefined;
  return cols[cols.length - 1];
}
