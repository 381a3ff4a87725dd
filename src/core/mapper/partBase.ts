// A part row ("davon unter 25 Jahre", "darunter Ausländer") is a part of the row it hangs under: that head row
// ("Arbeitslose SGB II gesamt", "erwerbsfähige Leistungsberechtigte gesamt") is its base population. A share
// whose description rules that base out ("davon U25" under the eLb, for the youth share of the unemployed) is
// not the figure, however well the part's own words match.
import { contractName } from "../contract";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold } from "./normalize";
import { groupListBase } from "./groupListBase";
import { tokenize } from "./tokens";

const PART_ROW = /^[\s\-–—•]*(davon|darunter|dav|dar|dabei|hiervon|darin)\b/;

const isPart = (text: string) => PART_ROW.test(fold(text));

/** The label of the row a part row hangs under: the nearest label above it in its column that is no part itself. */
export function partHead(sheet: SheetGrid, row: number, col: number): string | undefined {
  const own = sheet.ownText(row, col);
  if (own === undefined || !isPart(own)) return undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 12); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const text = sheet.ownText(r, col);
    if (text === undefined) return undefined;
    if (!isPart(text)) return text;
  }
  return undefined;
}

/**
 * Money of another budget than the Jobcenter's: the KdU are the municipality's benefit, so their parts ("davon
 * kommunaler Anteil" under "KdU-Ausgaben gesamt") are no part of the Verwaltungshaushalt, whatever their words.
 */
const FOREIGN_MONEY = ["unterkunft"];

/** The head's concept that the figure's description excludes, when the label is a part of another base. */
export function otherBase(spec: LabelSpec, sheet: SheetGrid, row: number, col: number): string | undefined {
  if (!spec.describe.none?.length) return undefined;
  const head = partHead(sheet, row, col);
  if (head === undefined) return listBase(spec, sheet, row, col);
  const concepts = new Set(tokenize(head).flatMap((t) => t.concepts));
  if (FOREIGN_MONEY.some((c) => concepts.has(c) && spec.describe.none!.includes(c))) return head;
  // Only a customer share has a base population (eLb, Arbeitslose); a staff or money part ("davon Bund",
  // "davon Kreisverwaltung") may well hang under the sum of both funders, whose words its description excludes.
  if (spec.context !== "kunden" || contractName(Object.values(spec.names)[0]!)?.kind !== "share") return undefined;
  return spec.describe.none.find((c) => concepts.has(c)) !== undefined ? head : undefined;
}

/** A bare group row of a Personengruppen list whose base the customer share rules out (./groupListBase.ts). */
function listBase(spec: LabelSpec, sheet: SheetGrid, row: number, col: number): string | undefined {
  if (spec.context !== "kunden" || contractName(Object.values(spec.names)[0]!)?.kind !== "share") return undefined;
  const found = groupListBase(sheet, row, col);
  return found !== undefined && spec.describe.none!.includes(found.base) ? found.text : undefined;
}
