// "Verlaufsblatt anlegen": add the monthly tracking sheet (src/core/verlauf/sheet.ts) to a workbook with the
// contract. One read sync (structure protection, sheets, names), one write sync. Refuses, writing nothing, a
// workbook whose structure is protected (adding a sheet would fail there) and one that already has the sheet
// or a MON_ name. The structure guard is the shared one (sheetGuard.ts); the pane words the refusal itself.
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { VerlaufSheetResult } from "../host";
import type { OfficeHostDeps } from "./deps";
import { queueStructureRefusal } from "./sheetGuard";
import { writeModel } from "./template";

export async function createVerlaufSheet(run: OfficeHostDeps["run"], snapshot: WorkbookSnapshot): Promise<VerlaufSheetResult> {
  return run(async (context): Promise<VerlaufSheetResult> => {
    const structureRefusal = queueStructureRefusal(context, "Verlaufsblatt anlegen");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    if (structureRefusal()) return { created: false, structureProtected: true, existingNames: [], sheetExists: false };
    // The sheets as they are now (the snapshot may be a moment older).
    // The sheet's builder reads the workbook through the engine's view: loaded with the engine chunk, not at first render.
    const { verlaufSheetFor } = await import(/* webpackChunkName: "engine" */ "../../core/verlauf/sheet");
    const plan = verlaufSheetFor({ ...snapshot, sheets: sheets.items.map((s) => ({ name: s.name, visibility: "visible" as const })) });
    if (!plan.ok) return { created: false, existingNames: plan.existingNames, sheetExists: plan.sheetExists, ...(plan.noContract ? { noContract: true } : {}) };
    writeModel(context, plan.model);
    await context.sync();
    return { created: true, names: plan.model.names.length };
  });
}
