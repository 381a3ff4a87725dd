// Einrichten's read: what the mapper needs (every sheet's used cells, merged areas, tables) and every defined
// name with its comment, within Excel on the web's limits (about 5 MB per response, 5 million cells per
// read: "Resource limits and performance optimization for Office Add-ins"). Only used ranges are read, large
// ones in row blocks; a sheet above `maxScanCells` is not read and is named in the snapshot (`skipped`).
//   sync 1  names (+ comment), sheets, their tables, Workbook.readOnly (1.8) and protection (1.7)
//   sync 2  each sheet's used-range address, its merged areas (ExcelApi 1.13 only), each table's range
//   sync 3… the used cells: values, formulas, number formats, value types, ≤ cellsPerSync cells per sync
import { parseRange, rangeA1, splitAddress } from "../../core/address";
import type { ExistingName, SheetCells, SheetTable, UsedCellsSnapshot } from "../../core/mapper/types";
import type { CellValue, NameScope } from "../../core/snapshot";
import { hasExcelApi } from "./apiSets";
import type { OfficeHostDeps } from "./deps";
import { formulasInA1, listNames, withNames } from "./names";
import { toCells } from "./snapshot";

/** A sheet's used range above this many cells is not scanned (≈ 25 syncs at 20,000 cells); it is named instead. */
export const DEFAULT_MAX_SCAN_CELLS = 500_000;

export interface ScanLimits {
  cellsPerSync: number;
  maxScanCells: number;
}

export type NotEditableReason = "readOnly" | "structureProtected";

export interface SetupReadResult {
  used: UsedCellsSnapshot;
  names: ExistingName[];
  sheetNames: string[];
  notEditable?: NotEditableReason;
  /** Merged areas could not be read (ExcelApi < 1.13). */
  withoutMerged: boolean;
}

const CELL_PROPS = "values,formulas,numberFormat,valueTypes";

export interface UsedArea {
  sheet: string;
  /** Used range without sheet and "$" ("B2:K40"), or null for an empty sheet. */
  range: string | null;
}

type Props = "cells" | "formulas";

type Block = { top: number; values: unknown[][]; formulas: unknown[][]; formats: unknown[][]; types: string[][] };

/** Excel on the web fails a whole sync whose response is above about 5 MB with this code (docs: "Error handling with the application-specific JavaScript APIs", error codes table). */
export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export const SKIPPED_PAYLOAD = "Schon eine einzelne Zeile dieses Blatts ist größer als die Antwortgrenze von Excel im Web (etwa 5 MB); das Blatt wurde nicht gelesen.";

/**
 * Read the used ranges `areas` in row blocks of at most `cellsPerSync` cells, one sync per block batch.
 * The limit that matters is the response's bytes (≈ 5 MB in Excel on the web), which the cell count only
 * estimates: a sync failing with RequestPayloadSizeLimitExceeded is retried with half the cells per batch,
 * and later batches keep the size that worked. A sheet of which one row alone is too large is returned in
 * `skipped`, as are sheets above maxScanCells. `props` "formulas" reads only formulas (counting name uses).
 */
export async function readUsedAreas(
  context: Excel.RequestContext,
  areas: UsedArea[],
  limits: ScanLimits,
  props: Props,
): Promise<{ blocks: Map<string, Block[]>; skipped: Map<string, string>; retries: number }> {
  const skipped = new Map<string, string>();
  type Todo = { sheet: string; next: number; last: number; startCol: number; endCol: number };
  const todo: Todo[] = [];
  for (const { sheet, range } of areas) {
    if (!range) continue;
    const { start, end } = parseRange(range);
    const cols = end.col - start.col + 1;
    const total = (end.row - start.row + 1) * cols;
    if (total > limits.maxScanCells) {
      skipped.set(
        sheet,
        `Der benutzte Bereich ${range} umfasst ${total.toLocaleString("de-DE")} Zellen (Grenze ${limits.maxScanCells.toLocaleString("de-DE")}); das Blatt wurde nicht gelesen.`,
      );
      continue;
    }
    todo.push({ sheet, next: start.row, last: end.row, startCol: start.col, endCol: end.col });
  }

  const blocks = new Map<string, Block[]>();
  let budget = Math.max(1, limits.cellsPerSync);
  let retries = 0;
  for (;;) {
    // Plan one batch from where each sheet stands: pieces of whole rows, ≤ budget cells (at least one row).
    type Piece = { t: Todo; top: number; bottom: number };
    const batch: Piece[] = [];
    let cells = 0;
    for (const t of todo) {
      if (t.next > t.last || skipped.has(t.sheet)) continue;
      const cols = t.endCol - t.startCol + 1;
      if (batch.length && cells + cols > budget) break;
      const rows = Math.max(1, Math.min(t.last - t.next + 1, Math.floor((budget - cells) / cols)));
      batch.push({ t, top: t.next, bottom: t.next + rows - 1 });
      cells += rows * cols;
      if (cells >= budget) break;
    }
    if (!batch.length) break;
    const loads = batch.map((p) => ({
      p,
      range: context.workbook.worksheets
        .getItem(p.t.sheet)
        .getRange(rangeA1({ row: p.top, col: p.t.startCol }, { row: p.bottom, col: p.t.endCol }))
        .load(props === "cells" ? CELL_PROPS : "formulas"),
    }));
    try {
      // One sync per block batch: the payload limit, not a loop that could be batched.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      retries++;
      const single = batch.length === 1 && batch[0].top === batch[0].bottom;
      if (single) {
        // One row alone is too large: name the sheet, drop what was read of it, go on with the others.
        skipped.set(batch[0].t.sheet, SKIPPED_PAYLOAD);
        blocks.delete(batch[0].t.sheet);
      } else {
        budget = Math.max(1, Math.floor(Math.min(budget, cells) / 2));
      }
      continue; // bounded: each failure halves the batch (≥ 1 row) or skips a sheet
    }
    for (const { p, range } of loads) {
      p.t.next = p.bottom + 1;
      const list = blocks.get(p.t.sheet) ?? [];
      const formulas = range.formulas;
      list.push(
        props === "cells"
          ? { top: p.top, values: range.values, formulas, formats: range.numberFormat, types: range.valueTypes as string[][] }
          : { top: p.top, values: [], formulas, formats: [], types: [] },
      );
      blocks.set(p.t.sheet, list);
    }
  }
  return { blocks, skipped, retries };
}

/** Sync 2 of both reads: each sheet's used range (values only: formatting alone does not count). */
export async function usedAreas(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  extra: (used: Excel.Range, sheet: Excel.Worksheet) => void = () => undefined,
): Promise<UsedArea[]> {
  const used = sheets.map((s) => {
    const range = s.getUsedRangeOrNullObject(true).load("address");
    extra(range, s);
    return { s, range };
  });
  await context.sync();
  return used.map(({ s, range }) => ({ sheet: s.name, range: range.isNullObject ? null : splitAddress(range.address).range.replace(/\$/g, "") }));
}

const scopeOf = (item: Excel.NamedItem, sheet?: string): NameScope => (item.scope === "Worksheet" && sheet ? { kind: "sheet", sheet } : { kind: "workbook" });

export async function readSetup(deps: Pick<OfficeHostDeps, "run" | "requirements" | "documentMode">, limits: ScanLimits): Promise<SetupReadResult> {
  const merged = hasExcelApi(deps.requirements, "1.13");
  const canReadOnly = hasExcelApi(deps.requirements, "1.8");
  return withNames(deps.run, async (context, nested) => {
      // Sync 1: names with their comments, sheets with their tables, whether the workbook may be changed.
      const wb = context.workbook;
      if (canReadOnly) wb.load("readOnly");
      const protection = wb.protection.load("protected");
      const { listed, sheets, sheetInfos } = await listNames(context, nested, {
        nameProps: ["comment"],
        sheetPaths: ["items/tables/items/name", "items/tables/items/showHeaders", "items/tables/items/showTotals"],
      });
      const a1 = await formulasInA1(context, listed); // + 1 sync only for R1C1 formulas (office-js #1831)
      let notEditable: NotEditableReason | undefined;
      if (deps.documentMode?.() === "ReadOnly" || (canReadOnly && wb.readOnly)) notEditable = "readOnly";
      else if (protection.protected) notEditable = "structureProtected";

      // Sync 2: used-range addresses, merged areas, table ranges. getMergedAreasOrNullObject "will fail" above
      // 512 merged areas (docs: Range): then sync 2 is repeated without them (the page says so: withoutMerged).
      let withMerged = merged;
      const sync2 = (loadMerged: boolean) => {
        const mergedOf = new Map<string, Excel.RangeAreas>();
        const tableRanges = sheets.items.flatMap((s) => s.tables.items.map((t) => ({ sheet: s.name, t, range: t.getRange().load("address") })));
        const areas = usedAreas(context, sheets.items, (used, s) => {
          // The areas one by one: one address per area, no list separator to split on.
          if (loadMerged) mergedOf.set(s.name, used.getMergedAreasOrNullObject().load("areas/items/address"));
        });
        return areas.then((a) => ({ areas: a, mergedOf, tableRanges }));
      };
      let second: Awaited<ReturnType<typeof sync2>>;
      try {
        second = await sync2(withMerged);
      } catch (e) {
        if (!withMerged) throw e;
        withMerged = false;
        second = await sync2(false);
      }
      const { areas, mergedOf, tableRanges } = second;

      // Sync 3…: the used cells.
      const { blocks, skipped } = await readUsedAreas(context, areas, limits, "cells");
      const used: SheetCells[] = areas.map(({ sheet, range }) => {
        const visibility = sheetInfos.find((i) => i.name === sheet)?.visibility ?? "visible";
        const tables: SheetTable[] = tableRanges
          .filter((tr) => tr.sheet === sheet)
          .map(({ t, range: r }) => ({ name: t.name, range: splitAddress(r.address).range.replace(/\$/g, ""), showHeaders: t.showHeaders, showTotals: t.showTotals }));
        const m = mergedOf.get(sheet);
        // One-cell "merged areas" are dropped: some Excel versions report only each area's anchor (office-js #1590).
        const mergedAreas = m && !m.isNullObject ? m.areas.items.map((a) => splitAddress(a.address).range.replace(/\$/g, "")).filter((a) => a.includes(":")) : [];
        const base = { name: sheet, visibility, ...(tables.length ? { tables } : {}), ...(mergedAreas.length ? { merged: mergedAreas } : {}) };
        if (!range) return { ...base, origin: "A1", values: [] };
        const origin = range.split(":")[0];
        if (skipped.has(sheet)) return { ...base, origin, values: [], skipped: skipped.get(sheet) };
        const parts = (blocks.get(sheet) ?? []).sort((a, b) => a.top - b.top).map((b) => ({ cells: toCells(b.values, b.formulas, b.formats, b.types), formulas: b.formulas }));
        const values: CellValue[][] = parts.flatMap((p) => p.cells.values);
        return {
          ...base,
          origin,
          values,
          numberFormats: parts.flatMap((p) => p.cells.numberFormats),
          hasFormula: parts.flatMap((p) => p.cells.formulas.map((row) => row.map((f) => f !== null))),
          // The formula text (invariant syntax, "," as separator) as evidence for the mapper (a quotient is the IQ).
          formulas: parts.flatMap((p) => p.cells.formulas.map((row) => row.map((f) => f ?? ""))),
        };
      });
      const names: ExistingName[] = listed.map(({ item, scope }) => ({
        name: item.name,
        scope: scope.kind === "sheet" ? scope : scopeOf(item),
        refersTo: a1.get(item) ?? item.formula,
        comment: item.comment,
      }));
      return {
        used: { source: "Excel", sheets: used },
        names,
        sheetNames: sheetInfos.map((s) => s.name),
        ...(notEditable ? { notEditable } : {}),
        withoutMerged: !withMerged,
      };
  });
}
