// What lies at the edges of a table name, as the host read it: its first row (a header row the name may
// include, "Ist 2023 | Plan 2024") and the rows right below it (NameEntry.belowValues). The check uses it
// for next year's copy (namen/jahr-kopf, namen/tabelle-fortgesetzt), whether or not the table itself passed
// the names and shape checks: a header a shape check rejects still tells its years.
import { contractName } from "../contract";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { twoRowHead } from "./twoRowHead";

export interface TableSurroundings {
  /** Contract name (contract spelling). */
  name: string;
  /** "Sheet!A1:C16" as the host resolved it. */
  address: string;
  /** The range's first row; of a FOE table starting with a two-row head, both rows joined ("Ist 2023"). */
  firstRow: readonly CellValue[];
  /** Rows of the range. */
  rows: number;
  /** Rows directly below the range (absent when the host did not read them). */
  below?: readonly (readonly CellValue[])[];
  /**
   * For a table whose contract has levels (FOE_Tabelle: a Gesamt row, level 0): whether one of its rows is
   * labelled as the total. Without one, a total row right below the name means the table grew by a row.
   */
  hasTotalRow?: boolean;
}

/** A total row's label ("Gesamt", "Insgesamt", "Summe", "Gesamtsumme", "Total"; not "Zwischensumme"). */
export const TOTAL_LABEL = /^(gesamt|insgesamt|summe|gesamtsumme|total)\b/;

const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-zäöüß0-9]+/g, " ")
    .trim();

/** The first text of each row is a total label. */
function anyTotalRow(values: readonly (readonly CellValue[])[]): boolean {
  return values.some((row) => {
    const first = row.find((v) => v !== null && v !== "");
    return typeof first === "string" && TOTAL_LABEL.test(fold(first));
  });
}

/** For each table-kind contract name with exactly one resolved workbook-scoped entry (upper-case key). */
export function tableSurroundings(snapshot: WorkbookSnapshot): Map<string, TableSurroundings> {
  const found = new Map<string, TableSurroundings[]>();
  for (const e of snapshot.names) {
    const c = contractName(e.name);
    if (!c || c.kind !== "table" || e.scope.kind !== "workbook" || e.problem || !e.address || !e.values?.length) continue;
    const key = c.name.toUpperCase();
    const levelled = c.columns?.some((col) => col.key === "ebene") ?? false;
    found.set(key, [
      ...(found.get(key) ?? []),
      {
        name: c.name,
        address: e.address,
        firstRow: (levelled ? twoRowHead(e.values, e.numberFormats)?.head : undefined) ?? e.values[0],
        rows: e.values.length,
        ...(e.belowValues ? { below: e.belowValues } : {}),
        ...(levelled ? { hasTotalRow: anyTotalRow(e.values) } : {}),
      },
    ]);
  }
  const out = new Map<string, TableSurroundings>();
  for (const [key, list] of found) if (list.length === 1) out.set(key, list[0]);
  return out;
}
