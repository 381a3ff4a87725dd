// Einrichten's writes: defining the contract's names workbook-scoped with the add-in's marker comment, in one
// write sync after one read; "Zuordnung entfernen" deleting exactly the names carrying that comment, after
// saying how many formulas use them; and reading the user's selection for "Auswahl zuweisen".
import { cellA1, parseCell, quoteSheet, splitAddress } from "../../core/address";
import { MAPPER_MARKER, isMarkedByAddIn, normalizeRef } from "../../core/mapper";
import { contractName } from "../../core/contract";
import type { OfficeHostDeps } from "./deps";
import { listNames, withNames, type ListedName } from "./names";
import { readUsedAreas, usedAreas, type ScanLimits } from "./usedCells";

export interface NameWrite {
  name: string;
  /** Absolute reference without "=", e.g. "'Budget 2024'!$B$3". */
  ref: string;
  /** The user asked to replace an existing definition of this name (broken, sheet-scoped duplicate, wrong shape). */
  replace?: boolean;
}

export interface ApplyNamesResult {
  added: string[];
  /** Definitions the user chose to replace: the name and what it referred to before (scope shown for sheet-scoped ones). */
  replaced: Array<{ name: string; was: string }>;
}

export class NameConflict extends Error {}

const byName = (listed: ListedName[], name: string) => listed.filter((l) => l.item.name.toUpperCase() === name.toUpperCase());

/** Sync 1 reads the names (so nothing is half written because one already exists), sync 2 writes them all. */
export async function applyNames(deps: Pick<OfficeHostDeps, "run">, writes: NameWrite[]): Promise<ApplyNamesResult> {
  if (writes.length === 0) return { added: [], replaced: [] };
  return withNames(deps.run, async (context, nested) => {
    const { listed, sheetInfos } = await listNames(context, nested, { nameProps: ["comment"] });
    const sheetNames = sheetInfos.map((s) => s.name);
    const replaced: ApplyNamesResult["replaced"] = [];
    const problems: string[] = [];
    const planned = writes.map((w) => {
      const norm = normalizeRef(w.ref, sheetNames);
      if ("error" in norm) problems.push(`${w.name}: ${norm.error}`);
      const present = byName(listed, w.name);
      if (present.length && !w.replace) problems.push(`${w.name} ist schon definiert (${present.map((p) => p.item.formula).join(", ")}); ersetzen nur auf ausdrücklichen Wunsch.`);
      return { w, ref: "ref" in norm ? norm.ref : "", present };
    });
    if (problems.length) throw new NameConflict(`Keine Namen angelegt: ${problems.join(" ")}`);
    // Sync 2, the only write: the user's replacements are deleted, then every name is added in contract order.
    for (const { w, present } of planned) {
      for (const p of present) {
        replaced.push({ name: w.name, was: p.scope.kind === "sheet" ? `${quoteSheet(p.scope.sheet)}!${p.item.name} ${p.item.formula}` : p.item.formula });
        p.item.delete();
      }
    }
    for (const { w, ref } of planned) context.workbook.names.add(w.name, `=${ref}`, MAPPER_MARKER);
    await context.sync();
    return { added: planned.map((p) => p.w.name), replaced };
  });
}

/** "Auswahl zuweisen": the selected cells as an absolute reference, "'Budget 2024'!$B$3:$B$4"; one sync. */
export async function readSelectionAddress(deps: Pick<OfficeHostDeps, "run">): Promise<string> {
  return deps.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    const { sheet } = splitAddress(range.address);
    const norm = normalizeRef(range.address, [sheet]);
    if ("error" in norm) throw new Error(`Die Auswahl ${range.address} ist kein Zellbereich.`);
    return norm.ref;
  });
}

export interface MappingUses {
  /** The names the add-in created (comment marker), as listed. */
  names: string[];
  /** Cells whose formula uses one of them as a token (they would show #NAME? after removal). */
  formulas: number;
  /** Up to 10 of those cells, "'Sheet'!B7". */
  cells: string[];
  /** Other defined names whose formula uses one of them. */
  dependentNames: string[];
  /** Sheets not searched (too large), with the reason. */
  skipped: string[];
}

/** A name used as a token in a formula: not part of a longer name, a function call, or a text literal. */
export function usesName(formula: string, name: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""'); // text literals are not references
  const escaped = name.replace(/[.\\]/g, (c) => `\\${c}`);
  // Before: start, an operator, "(" or "!" (Sheet!NAME); after: not a longer name, "(" (a function), "!" (a sheet) or "[" (a table).
  return new RegExp(`(^|[^A-Za-z0-9_.\\\\])${escaped}(?![A-Za-z0-9_.\\\\(!\\[])`, "i").test(code);
}

const marked = (listed: ListedName[]) => listed.filter((l) => isMarkedByAddIn(l.item.comment));

/**
 * Before "Zuordnung entfernen": which formulas use the add-in's names. Reads names and sheets (sync 1), used
 * ranges (sync 2) and their formulas in row blocks (sync 3…). Limits: conditional formats, data validation,
 * charts and other workbooks referring to the names are not searched; sheets above the scan limit neither.
 */
export async function findMappingUses(deps: Pick<OfficeHostDeps, "run">, limits: ScanLimits): Promise<MappingUses> {
  return withNames(deps.run, async (context, nested) => {
    const { listed, sheets } = await listNames(context, nested, { nameProps: ["comment"] });
    const ours = marked(listed);
    const names = ours.map((l) => l.item.name);
    if (names.length === 0) return { names, formulas: 0, cells: [], dependentNames: [], skipped: [] };
    const dependentNames = listed.filter((l) => !ours.includes(l) && names.some((n) => usesName(String(l.item.formula), n))).map((l) => l.item.name);
    const areas = await usedAreas(context, sheets.items);
    const { blocks, skipped } = await readUsedAreas(context, areas, limits, "formulas");
    let formulas = 0;
    const cells: string[] = [];
    for (const area of areas) {
      if (!area.range) continue;
      const col0 = parseCell(area.range.split(":")[0]).col;
      for (const block of blocks.get(area.sheet) ?? []) {
        block.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f !== "string" || !f.startsWith("=") || !names.some((n) => usesName(f, n))) return;
            formulas++;
            if (cells.length < 10) cells.push(`${quoteSheet(area.sheet)}!${cellA1({ row: block.top + r, col: col0 + c })}`);
          }),
        );
      }
    }
    return { names, formulas, cells, dependentNames, skipped: [...skipped].map(([s, why]) => `${s}: ${why}`) };
  });
}

/** Whether any name of the contract is defined (any scope): the pane opens on Einrichten when none is. 1 sync. */
export async function hasContractNames(deps: Pick<OfficeHostDeps, "run">): Promise<boolean> {
  return withNames(deps.run, async (context, nested) => {
    const { listed } = await listNames(context, nested);
    return listed.some((l) => contractName(l.item.name) !== undefined);
  });
}

/** Delete exactly the names carrying the add-in's comment (workbook- and sheet-scoped): one read, one write sync. */
export async function removeMapping(deps: Pick<OfficeHostDeps, "run">): Promise<{ removed: string[] }> {
  return withNames(deps.run, async (context, nested) => {
    const { listed } = await listNames(context, nested, { nameProps: ["comment"] });
    const ours = marked(listed);
    if (ours.length === 0) return { removed: [] };
    for (const l of ours) l.item.delete();
    await context.sync();
    return { removed: ours.map((l) => l.item.name) };
  });
}
