// Einrichten's writes: defining the contract's names workbook-scoped with the add-in's marker comment, in one
// write sync after one read; "Zuordnung entfernen" deleting exactly the names carrying that comment, after
// saying how many formulas use them; and reading the user's selection for "Auswahl zuweisen".
import { cellA1, parseCell, quoteSheet, splitAddress } from "../../core/address";
import { normalizeRef } from "../../core/mapper/apply";
import { isMarkedByAddIn, markerComment, replacedDefinitions, type ReplacedDefinition } from "../../core/mapper/marker";
import { contractName } from "../../core/contract";
import { hasExcelApi } from "./apiSets";
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

/** The workbook may not be changed (read-only, protected structure): applyNames writes nothing. */
export class NotEditable extends Error {}

const byName = (listed: ListedName[], name: string) => listed.filter((l) => l.item.name.toUpperCase() === name.toUpperCase());

/**
 * Sync 1 reads the names and whether the workbook may be changed (so nothing is half written because one
 * already exists or the workbook refuses), sync 2 writes them all. A replaced definition is kept in the new
 * name's comment (../../core/mapper/marker.ts), so "Zuordnung entfernen" restores it exactly.
 */
export async function applyNames(deps: Pick<OfficeHostDeps, "run" | "requirements" | "documentMode">, writes: NameWrite[]): Promise<ApplyNamesResult> {
  if (writes.length === 0) return { added: [], replaced: [] };
  const canReadOnly = hasExcelApi(deps.requirements, "1.8");
  return withNames(deps.run, async (context, nested) => {
    const wb = context.workbook;
    if (canReadOnly) wb.load("readOnly");
    const protection = wb.protection.load("protected");
    const { listed, sheetInfos } = await listNames(context, nested, { nameProps: ["comment"] });
    // Not only the page: the write itself refuses a workbook the user cannot change.
    if (deps.documentMode?.() === "ReadOnly" || (canReadOnly && wb.readOnly)) throw new NotEditable("Die Mappe ist schreibgeschützt; es wurden keine Namen angelegt.");
    if (protection.protected) throw new NotEditable("Die Arbeitsmappenstruktur ist geschützt; es wurden keine Namen angelegt (Schutz unter Überprüfen → Arbeitsmappe schützen aufheben).");
    const sheetNames = sheetInfos.map((s) => s.name);
    const replaced: ApplyNamesResult["replaced"] = [];
    const problems: string[] = [];
    const planned = writes.map((w) => {
      const norm = normalizeRef(w.ref, sheetNames);
      if ("error" in norm) problems.push(`${w.name}: ${norm.error}`);
      const present = byName(listed, w.name);
      if (present.length && !w.replace) problems.push(`${w.name} ist schon definiert (${present.map((p) => p.item.formula).join(", ")}); ersetzen nur auf ausdrücklichen Wunsch.`);
      const previous: ReplacedDefinition[] = present.map((p) => ({
        formula: String(p.item.formula),
        ...(p.scope.kind === "sheet" ? { sheet: p.scope.sheet } : {}),
        ...(p.item.comment ? { comment: p.item.comment } : {}),
      }));
      const comment = markerComment(previous);
      if (comment === undefined) {
        problems.push(`${w.name}: die bisherige Definition (${previous.map((p) => p.formula).join(", ")}) ist zu lang, um sie im Kommentar des Namens (höchstens 255 Zeichen) für „Zuordnung entfernen“ aufzuheben; bitte im Namens-Manager ändern.`);
      }
      return { w, ref: "ref" in norm ? norm.ref : "", present, comment: comment ?? "" };
    });
    if (problems.length) throw new NameConflict(`Keine Namen angelegt: ${problems.join(" ")}`);
    // Sync 2, the only write: the user's replacements are deleted, then every name is added in contract order.
    for (const { w, present } of planned) {
      for (const p of present) {
        replaced.push({ name: w.name, was: p.scope.kind === "sheet" ? `${quoteSheet(p.scope.sheet)}!${p.item.name} ${p.item.formula}` : p.item.formula });
        p.item.delete();
      }
    }
    for (const { w, ref, comment } of planned) context.workbook.names.add(w.name, `=${ref}`, comment);
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

/**
 * Delete exactly the names carrying the add-in's comment (workbook- and sheet-scoped) and define again what
 * they had replaced, with its scope and comment: one read, one write sync.
 */
export async function removeMapping(deps: Pick<OfficeHostDeps, "run">): Promise<{ removed: string[]; restored: string[] }> {
  return withNames(deps.run, async (context, nested) => {
    const { listed } = await listNames(context, nested, { nameProps: ["comment"] });
    const ours = marked(listed);
    if (ours.length === 0) return { removed: [], restored: [] };
    for (const l of ours) l.item.delete();
    const restored: string[] = [];
    for (const l of ours) {
      for (const d of replacedDefinitions(l.item.comment)) {
        const names = d.sheet === undefined ? context.workbook.names : context.workbook.worksheets.getItem(d.sheet).names;
        names.add(l.item.name, d.formula, d.comment);
        restored.push(d.sheet === undefined ? l.item.name : `${quoteSheet(d.sheet)}!${l.item.name}`);
      }
    }
    await context.sync();
    return { removed: ours.map((l) => l.item.name), restored };
  });
}
