// "Verlaufsblatt anlegen": the empty monthly tracking sheet for a workbook with the contract — its rows of
// entries are the workbook's own FOE_Tabelle instruments (level 1), the plan is looked up there by formula,
// the year is AIP_Planjahr. Pure: hosts write the model (Excel: src/excel/office/verlaufSheet.ts).
import { quoteSheet, splitAddress } from "../address";
import { buildVerlaufSheet, VERLAUF_SHEET } from "../example/verlauf2024";
import { foeStructure } from "../resolve/foe";
import { buildView } from "../resolve/view";
import type { WorkbookSnapshot } from "../snapshot";
import { contractName, MONTHLY_PREFIX } from "../contract";
import type { WorkbookModel } from "../workbookModel";

export type VerlaufSheetPlan =
  | { ok: true; model: WorkbookModel }
  /** existingNames: MON_ names already defined; sheetExists: a sheet "Verlauf" is there; noContract: no contract name at all. */
  | { ok: false; existingNames: string[]; sheetExists: boolean; noContract?: boolean };

const absolute = (cell: string) => {
  const { sheet, range } = splitAddress(cell);
  return { sheet: quoteSheet(sheet), ref: range.replace(/([A-Z]+)(\d+)/, "$$$1$$$2") };
};

/** The sheet and its MON_ names for this workbook, or why it is not created (nothing is overwritten). */
export function verlaufSheetFor(snapshot: WorkbookSnapshot): VerlaufSheetPlan {
  const existingNames = [...new Set(snapshot.names.filter((n) => n.name.toUpperCase().startsWith(MONTHLY_PREFIX)).map((n) => n.name))];
  const sheetExists = snapshot.sheets.some((s) => s.name.toLowerCase() === VERLAUF_SHEET.toLowerCase());
  if (existingNames.length || sheetExists) return { ok: false, existingNames, sheetExists };
  // The sheet's formulas and rows come from the contract (ZIE_IQ_VJ, FOE_Tabelle, …): without it, Einrichten first.
  if (!snapshot.names.some((n) => contractName(n.name))) return { ok: false, existingNames, sheetExists, noContract: true };

  const view = buildView(snapshot);
  const foe = foeStructure(view);
  const instruments = foe
    ? foe.instrumentRows.map((r) => ({ label: foe.table.text(r, "instrument"), ist: foe.table.num(r, "ist") ?? 0, plan: foe.table.num(r, "plan") ?? 0 }))
    : [];
  // The plan is looked up by label in FOE_Tabelle's label and plan columns (SUMIF: LibreOffice computes it too).
  let lookup = { labels: "", plans: "" };
  if (foe && foe.table.rows > 0 && foe.table.hasColumn("plan")) {
    const first = (key: string) => absolute(foe.table.cell(0, key));
    const last = (key: string) => absolute(foe.table.cell(foe.table.rows - 1, key));
    lookup = {
      labels: `${first("instrument").sheet}!${first("instrument").ref}:${last("instrument").ref}`,
      plans: `${first("plan").sheet}!${first("plan").ref}:${last("plan").ref}`,
    };
  }
  const planYear = view.figure("AIP_Planjahr")?.value ?? new Date().getFullYear();
  const { sheet, names } = buildVerlaufSheet(
    { filledTo: 0, planYear, instruments },
    lookup,
    {
      iqVj: view.figure("ZIE_IQ_VJ")?.value ?? 0,
      iq: view.figure("ZIE_IQ")?.value ?? 0,
      lzbChange: view.figure("ZIE_LZB_Veraenderung")?.value ?? 0,
      eb: view.figure("BUD_EB_Gesamt")?.value ?? 0,
    },
  );
  return { ok: true, model: { sheets: [sheet], names: names.map((n) => ({ name: n.name, refersTo: `=${VERLAUF_SHEET}!${n.range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` })) } };
}
