// The Verlauf sheet's native formulas compute in LibreOffice (an independent spreadsheet, version 7.4 in CI)
// to the same running values as the add-in's own computation (src/core/verlauf/compute.ts): JFW and the
// previous year's JFW per month, change, year-end projection, JDW LZB and its path, cumulative entries and
// their pro-rata plan, money against the budget. The file is written with every formula result cached as 0,
// so only LibreOffice's recalculation can produce the values compared. Skipped, loudly, only without soffice.
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addVerlauf2024, buildExample2024, VERLAUF_SHEET } from "../../src/core/example";
import { buildView } from "../../src/core/resolve/view";
import { snapshotFromModel } from "../../src/core/workbookModel";
import { entriesProgress, IQ_GROUPS, iqProgress, lzbProgress, moneyProgress } from "../../src/core/verlauf/compute";
import { foePlans } from "../../src/core/rules/verlauf/eintritte";
import { convertWithLibreOffice, sofficeAvailable } from "../../src/xlsx/libreOffice";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";

const hasSoffice = sofficeAvailable();
if (!hasSoffice) console.warn("\n!!! LibreOffice (soffice) nicht gefunden: der LibreOffice-Test des Verlaufsblatts wird ÜBERSPRUNGEN !!!\n");
const describeWithSoffice = hasSoffice ? describe : describe.skip;

/**
 * A computed cell's value as LibreOffice saved it, read from the sheet's XML (ExcelJS drops a cached result
 * of 0): a number, or null for the text "" (not computable yet).
 */
function computed(sheetXml: string, a1: string): number | null {
  const m = new RegExp(`<c r="${a1}"([^>]*)>(.*?)</c>`).exec(sheetXml);
  if (!m || !m[2].includes("<f")) throw new Error(`${a1} hat keine Formel`);
  const v = /<v>(.*?)<\/v>/.exec(m[2])?.[1];
  if (/t="str"/.test(m[1])) {
    if (v === undefined || v === "") return null;
    throw new Error(`${a1}: Text ${v}`);
  }
  if (v === undefined) throw new Error(`${a1}: kein Ergebnis`);
  return Number(v);
}

describeWithSoffice("Verlauf sheet in LibreOffice: native formulas = add-in", () => {
  const model = addVerlauf2024(buildExample2024());
  const view = buildView(snapshotFromModel(model, "Beispiel"));
  let ws: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-lo-verlauf-"));
    const poisoned = addVerlauf2024(buildExample2024());
    const sheet = poisoned.sheets.find((s) => s.name === VERLAUF_SHEET)!;
    for (const cell of Object.values(sheet.cells)) if (cell.formula) cell.value = 0;
    const file = join(dir, "verlauf.xlsx");
    await writeWorkbookFile(poisoned, file);
    const out = await convertWithLibreOffice(file, join(dir, "out"), { profileDir: join(dir, "profile"), recalculate: true, timeoutMs: 150_000 });
    // The Verlauf sheet is the sixth (Haushalt, Personal, Förderung, Ziele, Kunden, Verlauf).
    const zip = await JSZip.loadAsync(readFileSync(out));
    ws = await zip.file("xl/worksheets/sheet6.xml")!.async("string");
    expect(ws).toContain("SUM(C$6:C6)/AVERAGE(B$5:B5)");
  }, 200_000);

  const close = (a: number | null, b: number | null | undefined) => {
    if (b === null || b === undefined) expect(a).toBeNull();
    else expect(a).toBeCloseTo(b, 10);
  };

  it("JFW, previous year's JFW, change and projection per month", () => {
    const p = iqProgress(view.monthly, IQ_GROUPS[0], { target: 0.16, iqVj: 750 / 4560 })!;
    expect(p.month).toBe(6);
    for (let m = 1; m <= 12; m++) {
      close(computed(ws, `H${5 + m}`), p.jfwByMonth[m - 1]);
      close(computed(ws, `I${5 + m}`), p.jfwVjByMonth[m - 1]);
    }
    close(computed(ws, "J11"), p.change!);
    close(computed(ws, "K11"), p.projection!);
    close(computed(ws, "F19"), p.projection!);
    close(computed(ws, "D19"), p.jfw);
    expect(computed(ws, "B19")).toBe(6);
    close(computed(ws, "I17"), 750 / 4560); // the 2023 months: 750 integrations over the mean ELB 4.560
  });

  it("JDW LZB and its target path per month", () => {
    const p = lzbProgress(view.monthly, 0.063)!;
    for (let m = 1; m <= 12; m++) {
      close(computed(ws, `L${5 + m}`), p.jdwByMonth[m - 1]);
      close(computed(ws, `M${5 + m}`), p.pathByMonth[m - 1]);
    }
  });

  it("cumulative entries and their pro-rata plan per instrument", () => {
    const p = entriesProgress(view.monthly, foePlans(view))!;
    expect(p.rows).toHaveLength(10);
    expect(computed(ws, "B33")).toBe(p.month);
    for (const r of p.rows) {
      const row = r.labelCell.replace(/^.*![A-Z]+/, "");
      close(computed(ws, `N${row}`), r.cumulative);
      close(computed(ws, `O${row}`), r.plan);
      close(computed(ws, `P${row}`), r.proRata);
    }
  });

  it("commitments against the Eingliederungsbudget", () => {
    const p = moneyProgress(view.monthly, 2970357)!;
    close(computed(ws, "N49"), p.bindungen! / p.budget);
    close(computed(ws, "N50"), p.ausgaben! / p.budget);
  });
});
