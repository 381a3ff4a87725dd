// Issue 5 §2: the engine never throws on a snapshot derived from the example by random damage, and what
// it says stays well-formed: no rule fails (no engine/regelfehler), every finding names at least one
// contract name and nothing but contract names, and every cell it gives lies inside the range of a
// name the snapshot resolved (or it gives none). Extends the value-only property in
// test/core/engine.test.ts with structural damage (names removed, broken, scoped, duplicated,
// misspelt, resized; sheets deleted; figures removed or typed as text) and with the cell check.
import fc from "fast-check";
import { parseRange, splitAddress } from "../../src/core/address";
import { contractName } from "../../src/core/contract";
import { check, ENGINE_RULE_ERROR } from "../../src/core/engine";
import { EXAMPLE_SOURCE } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { snapshotFromModel } from "../../src/core/workbookModel";
import { damagedExample, edits } from "./exampleEdits";

/** Whether `cell` ("Sheet!B7" or "Sheet!A3:E3") lies inside a range the snapshot read for some name. */
/** The cell lies in what the snapshot read of some name: its range, or the rows read below a table name. */
function insideNameRange(cell: string, snapshot: WorkbookSnapshot): boolean {
  const { sheet, range } = splitAddress(cell);
  const { start, end } = parseRange(range.replace(/\$/g, ""));
  return snapshot.names.some((n) => {
    if (!n.address || !n.values) return false;
    const own = splitAddress(n.address);
    if (own.sheet.toLowerCase() !== sheet.toLowerCase()) return false;
    const r = parseRange(own.range);
    // The rows the host read below a table name (belowValues) are cells of the snapshot too: a table that grew
    // is reported at its first row below the name.
    const lastRow = r.end.row + (n.belowValues?.length ?? 0);
    return start.row >= r.start.row && end.row <= lastRow && start.col >= r.start.col && end.col <= r.end.col;
  });
}

export function assertSound(findings: Finding[], snapshot: WorkbookSnapshot): void {
  for (const f of findings) {
    if (f.rule === ENGINE_RULE_ERROR) throw new Error(`a rule failed: ${f.message}`);
    expect(f.names.length).toBeGreaterThan(0);
    for (const n of f.names) expect(contractName(n)?.name).toBe(n);
    for (const c of f.cells) {
      if (!insideNameRange(c, snapshot)) throw new Error(`${f.rule} names cell ${c}, outside every name's range: ${f.message}`);
    }
  }
}

test("the example itself is sound (the checker below accepts real findings)", () => {
  const snapshot = snapshotFromModel(damagedExample([]), EXAMPLE_SOURCE);
  const findings = check(snapshot);
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.every((f) => f.cells.length > 0)).toBe(true);
  assertSound(findings, snapshot);
});

test("the cell check is not vacuous: a cell outside the names is caught", () => {
  const snapshot = snapshotFromModel(damagedExample([]), EXAMPLE_SOURCE);
  const stray: Finding = { rule: "x/y", severity: "error", messageId: "erfunden", data: {}, message: "erfunden", names: ["KUN_ELB"], cells: ["Haushalt!Z99"] };
  expect(() => assertSound([stray], snapshot)).toThrow(/outside every name's range/);
});

test("random damage to the example: never an exception, never a failed rule, only contract names and cells of named ranges", () => {
  fc.assert(
    fc.property(edits, (list) => {
      const snapshot = snapshotFromModel(damagedExample(list), EXAMPLE_SOURCE);
      const before = structuredClone(snapshot);
      const findings = check(snapshot);
      assertSound(findings, snapshot);
      // In English too: every message the damage provokes has its English text (a missing one would fail
      // the rule), and the language changes nothing but the text.
      const english = check(snapshot, undefined, { lang: "en" });
      assertSound(english, snapshot);
      expect(english.map((f) => ({ ...f, message: "" }))).toEqual(findings.map((f) => ({ ...f, message: "" })));
      expect(snapshot).toEqual(before); // checking never changes what it reads
    }),
    { numRuns: 250 },
  );
});

// A file lists names in file order, Excel lists workbook names first: namen/doppelt sorts the definitions
// itself, so the same workbook gives the same finding, worded the same, from both hosts.
test("the findings do not depend on the order in which the host lists the names", () => {
  const model = damagedExample([]);
  model.names.unshift({ name: "BUD_VH_Gesamt", refersTo: "=Haushalt!$B$8", scope: { kind: "sheet", sheet: "Haushalt" } });
  const snapshot = snapshotFromModel(model, EXAMPLE_SOURCE);
  const reversed: WorkbookSnapshot = { ...snapshot, names: [...snapshot.names].reverse() };
  expect(check(reversed)).toEqual(check(snapshot));
});
