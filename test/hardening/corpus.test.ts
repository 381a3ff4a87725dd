// Issue 5 §1: every file of the bad-input corpus through `aip check` (in-process `main`), alone and as
// one batch, against the manifest of expected outcomes; then the same workbooks through the fake Excel
// and the Office.js adapter, which must give the same findings as the xlsx path.
// The two large cases (a million cells, the zip bomb) are in ./largeFiles.test.ts, the real .xls from
// LibreOffice in ./libreOfficeXls.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { check } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { CASES, LONG_TEXT, writeCorpus, type WrittenCase } from "../fixtures/corpus";
import { EXPECTED } from "../fixtures/manifest";
import { assertWellFormed } from "../helpers/ruleTester";

interface JsonFile {
  file: string;
  findings: Finding[];
  error?: string;
}

async function cli(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {}, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const STACK_FRAME = /\n\s+at \S+.*\(|\bat Object\.<anonymous>|node:internal/;
const ruleIds = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

let dir: string;
let cases: WrittenCase[];
/** The JSON report of each file checked alone, by file name. */
const single = new Map<string, { code: number; report: JsonFile }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aip-corpus-"));
  cases = await writeCorpus(dir);
  for (const c of cases) {
    const { code, stdout, stderr } = await cli(["check", c.path, "--format", "json"], dir);
    expect(stderr).toBe("");
    single.set(c.file, { code, report: (JSON.parse(stdout) as { files: JsonFile[] }).files[0] });
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the manifest and the generator list the same files", () => {
  expect(CASES.map((c) => c.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(cases.length).toBeGreaterThanOrEqual(17);
});

describe.each(CASES.filter((c) => !c.large).map((c) => [c.file, c.what] as const))("%s (%s)", (file) => {
  const expected = EXPECTED[file];

  if (expected.outcome === "unreadable") {
    test("cannot be checked: exit 2 with one German sentence, no trace", async () => {
      const { code, report } = single.get(file)!;
      expect(code).toBe(2);
      expect(report.findings).toEqual([]);
      expect(report.error).toMatch(expected.reason);
      expect(report.error).not.toMatch(/\n/);
      expect(report.error).not.toMatch(STACK_FRAME);
      expect(report.error).not.toMatch(/Unerwarteter Fehler|Interner Fehler/);
      // The text output says the same in one line.
      const text = await cli(["check", join(dir, file)], dir);
      expect(text.code).toBe(2);
      expect(text.stderr).toBe("");
      expect(text.stdout).toContain(`nicht geprüft – ${report.error}\n`);
      expect(text.stdout).not.toMatch(STACK_FRAME);
    });
  } else {
    test(`is checked: findings of exactly ${expected.rules.join(", ")}`, () => {
      const { code, report } = single.get(file)!;
      expect(report.error).toBeUndefined();
      expect(ruleIds(report.findings)).toEqual(expected.rules);
      expect(code).toBe(report.findings.some((f) => f.severity === "error") ? 1 : 0);
      for (const f of report.findings) expect(f.rule).not.toBe("engine/regelfehler");
    });

    const model = CASES.find((c) => c.file === file)!.model;
    if (expected.fake === "same" && model) {
      test("gives the same findings through the fake Excel and the Office.js adapter, writing nothing", async () => {
        const fake = fakeExcel(model());
        const snapshot = await hostOverFake(fake, "test").readSnapshot();
        const viaExcel = check(snapshot);
        expect(fake.writeLog).toEqual([]);
        expect(viaExcel).toEqual(single.get(file)!.report.findings);
        for (const f of viaExcel) assertWellFormed(f, snapshot);
      });
    }
  }
});

test("a batch of the whole folder goes on past every unreadable file and reports each file as alone", async () => {
  // Run from the parent folder, so files are labelled "<folder>/<file>" as a user would see them.
  const { code, stdout, stderr } = await cli(["check", basename(dir), "--format", "json"], dirname(dir));
  expect(stderr).toBe("");
  expect(code).toBe(2);
  const report = JSON.parse(stdout) as { files: JsonFile[]; summary: { files: number } };
  expect(report.summary.files).toBe(cases.length);
  for (const c of cases) {
    const inBatch = report.files.find((f) => f.file === join(basename(dir), c.file));
    expect(inBatch).toBeDefined();
    const { file: _f, ...alone } = single.get(c.file)!.report;
    const { file: _g, ...batched } = inBatch!;
    expect(batched).toEqual(alone);
  }
  expect(report.files.filter((f) => f.error !== undefined).map((f) => basename(f.file))).toEqual(
    cases.filter((c) => c.expect.outcome === "unreadable").map((c) => c.file),
  );
});

test("the merged Plan cell reads as blank, with a reader note, and nothing else moves", async () => {
  const text = await cli(["check", join(dir, "15-verbundene-zellen.xlsx")], dir);
  expect(text.stdout).toContain("„Maßnahmen zur Aktivierung und beruflichen Eingliederung“ hat Ist 541, aber keinen Planwert");
  expect(text.stdout).toContain("Gesamt Plan (869) liegt um 489 über der Summe der Instrumente (380) – nicht aufgeführte Instrumente?");
});

test("hidden and very hidden sheets are read like visible ones and reported with their visibility", async () => {
  const { report } = single.get("16-ausgeblendete-blaetter.xlsx")!;
  const example = single.get("14-datum-als-text.xlsx")!.report.findings.filter((f) => f.rule !== "typen/zahl");
  expect(report.findings).toEqual(example);
  const fake = fakeExcel(CASES.find((c) => c.file === "16-ausgeblendete-blaetter.xlsx")!.model!());
  const sheets = (await hostOverFake(fake, "test").readSnapshot()).sheets;
  expect(sheets.find((s) => s.name === "Kunden")?.visibility).toBe("hidden");
  expect(sheets.find((s) => s.name === "Ziele")?.visibility).toBe("veryHidden");
});

describe("10 000-character texts", () => {
  test("are read whole and do not break the check", () => {
    const { report } = single.get("17-lange-texte.xlsx")!;
    const textAsNumber = report.findings.find((f) => f.rule === "typen/zahl");
    expect(textAsNumber?.names).toEqual(["BUD_VH_KFA"]);
    expect(textAsNumber?.message).not.toMatch(/\n/);
  });

  // A message quotes a cell's text cut short (quoteTextDe), so a 10 000-character cell does not become a
  // 10 000-character finding in the CLI, the task pane and the Prüfprotokoll.
  test("quote at most a few hundred characters of a cell's text in a message", () => {
    const { report } = single.get("17-lange-texte.xlsx")!;
    for (const f of report.findings) expect(f.message.length).toBeLessThan(500);
    expect(report.findings.some((f) => f.message.includes(LONG_TEXT))).toBe(false);
  });
});
