// Issue 5 §1, the large cases, each read in a child process with a bounded heap (--max-old-space-size)
// and its peak memory taken from the kernel (VmHWM, test/helpers/peakRss.ts):
// - a sheet with a million used cells (outside every name): `aip check` gives the example's findings. The
//   reader gives ExcelJS only what the names cover (src/xlsx/sliceWorkbook.ts), so the sheet costs nothing:
//   measured ≈ 80 MB peak RSS (Node with tsx alone takes ≈ 60 MB) and 0.3 s, even with a 64 MB heap.
//   Before slicing ExcelJS loaded every cell: 533 MB and 13 s, and Node died out of memory with 256 MB;
// - a sheet of a million different texts (shared strings) outside every name: the string table keeps only
//   the strings of the rows that are read; ≈ 120 MB and 0.6 s (before: 647 MB and 6.1 s);
// - the million-number sheet with names over parts of it (10 rows, one whole row, and whole columns over
//   the cell limit): only the named rows are kept while the sheet is inflated chunk by chunk; ≈ 100 MB, 0.6 s
//   (before: 511 MB, 4.3 s for the read alone). At the reader's unpacked-size limit (98 MB of sheet XML,
//   3.2 million cells, written with the corpus's millionCellSheetXml) measured by hand with Node's default
//   heap: `aip check` 0.2 s / 109 MB (before 15–35 s / 1.6 GB), the reader with names over parts of the
//   sheet 1.0 s / 106 MB (before 24 s / 1.3 GB);
// - a zip bomb (one part inflating to 256 MB): refused by the sizes the archive declares, before
//   anything is inflated, with a one-line German reason.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_LIMITS } from "../../src/xlsx/readWorkbook";
import JSZip from "jszip";
import { buildExample2024 } from "../../src/core/example";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { BOMB_BYTES, MILLION, millionCellSheetXml, writeCorpus, xlsxWithParts, type WrittenCase } from "../fixtures/corpus";
import { EXAMPLE_RULES } from "../fixtures/manifest";
import { writeZip, type ZipPart } from "../fixtures/zipWriter";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface Measured {
  code: number;
  stderr: string;
  ms: number;
  maxRssMB: number;
  heapLimitMB: number;
  error?: string;
  rules: string[];
}

interface NameRead {
  name: string;
  problem?: string;
  address?: string;
  rows?: number;
  cols?: number;
  first?: unknown[];
  last?: unknown[];
}

interface MeasuredRead {
  ms: number;
  maxRssMB: number;
  heapLimitMB: number;
  names: NameRead[];
}

async function runChild(script: string, file: string, heapMB: number): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapMB}`, "--require", "tsx/cjs", script, file], {
    cwd: resolve(__dirname, "../.."),
    timeout: 120_000,
  });
  return stdout;
}

/** `aip check FILE` in a child process (./measureCheck.ts). */
const measure = async (file: string, heapMB: number) => JSON.parse(await runChild(resolve(__dirname, "measureCheck.ts"), file, heapMB)) as Measured;
/** The reader alone in a child process (test/xlsx/measureRead.ts). */
const measureRead = async (file: string, heapMB: number) =>
  JSON.parse(await runChild(resolve(__dirname, "../xlsx/measureRead.ts"), file, heapMB)) as MeasuredRead;

/** A value of the streamed "Daten" sheet (see millionCellSheetXml): row 1-based, column 0-based. */
const datenValue = (row: number, col: number) => (row * 7 + col) % 1000;

/**
 * The example plus a sheet "Texte" of a million cells, each a different text from the shared-string table
 * (`t="s"`), outside every name: the table (≈ 40 MB of XML) is the larger part here, not the sheet.
 */
async function writeMillionTexts(path: string): Promise<void> {
  const model = buildExample2024();
  model.sheets.push({ name: "Texte", cells: { A1: { value: 0 } } });
  const zip = await JSZip.loadAsync(await writeWorkbookBuffer(model));
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const own = (sst.match(/<si>/g) ?? []).length; // the example's strings keep indexes 0 … own-1
  const body = sst.slice(sst.indexOf(">", sst.indexOf("<sst")) + 1, sst.lastIndexOf("</sst>"));
  const cols = "ABCDEFGHIJ".slice(0, MILLION.cols);
  async function* table(): AsyncIterable<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}">${body}`;
    for (let r = 1; r <= MILLION.rows; r++) yield [...cols].map((c) => `<si><t>Maßnahme ${c}${r}</t></si>`).join("");
    yield "</sst>";
  }
  async function* sheet(): AsyncIterable<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>`;
    for (let r = 1; r <= MILLION.rows; r++) {
      const cells = [...cols].map((c, i) => `<c r="${c}${r}" t="s"><v>${own + (r - 1) * MILLION.cols + i}</v></c>`);
      yield `<row r="${r}">${cells.join("")}</row>`;
    }
    yield "</sheetData></worksheet>";
  }
  const parts: Array<[string, ZipPart]> = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const replaced = name === "xl/sharedStrings.xml" ? table() : name === `xl/worksheets/sheet${model.sheets.length}.xml` ? sheet() : undefined;
    parts.push([name, replaced ?? (await entry.async("nodebuffer"))]);
  }
  await writeZip(path, parts);
}

/** The million-cell case with names over parts of "Daten": 10 rows in the middle, one whole row, whole columns. */
async function writeNamedMillion(path: string): Promise<void> {
  const model = buildExample2024();
  model.sheets.push({ name: "Daten", cells: { A1: { value: 0 } } });
  model.names.push(
    { name: "DAT_Block", refersTo: "=Daten!$A$50001:$J$50010" },
    { name: "DAT_Zeile", refersTo: "=Daten!$99999:$99999" },
    { name: "DAT_Spalten", refersTo: "=Daten!$A:$J" },
  );
  await xlsxWithParts(model, path, { [`xl/worksheets/sheet${model.sheets.length}.xml`]: millionCellSheetXml(MILLION.rows, MILLION.cols) });
}

let cases: Map<string, WrittenCase>;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aip-large-"));
  const written = await writeCorpus(dir, { large: true, only: ["18-million-zellen.xlsx", "19-zip-bombe.xlsx"] });
  cases = new Map(written.map((c) => [c.file, c]));
  await writeNamedMillion(join(dir, "million-benannt.xlsx"));
  await writeMillionTexts(join(dir, "million-texte.xlsx"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a sheet with a million used cells outside the names is checked within a 96 MB heap, with the example's findings", async () => {
  const c = cases.get("18-million-zellen.xlsx")!;
  expect(MILLION.rows * MILLION.cols).toBe(1_000_000);
  const m = await measure(c.path, 96);
  console.log(
    `million cells: file ${(statSync(c.path).size / 1e6).toFixed(1)} MB, exit ${m.code}, ${m.ms} ms, peak RSS ${m.maxRssMB} MB (heap limit ${m.heapLimitMB} MB)`,
  );
  expect(m.stderr).toBe("");
  expect(m.error).toBeUndefined();
  expect(m.code).toBe(0);
  expect(m.rules).toEqual(EXAMPLE_RULES);
  // Measured ≈ 100 MB (533 MB before slicing); ExcelJS holding the sheet's cells again would need ≈ 400 MB more.
  expect(m.maxRssMB).toBeLessThan(150);
}, 120_000);

test("a million different texts outside the names cost neither their sheet nor their shared strings: 96 MB heap", async () => {
  const path = join(dir, "million-texte.xlsx");
  const m = await measure(path, 96);
  console.log(`million texts: file ${(statSync(path).size / 1e6).toFixed(1)} MB, exit ${m.code}, ${m.ms} ms, peak RSS ${m.maxRssMB} MB`);
  expect(m.stderr).toBe("");
  expect(m.error).toBeUndefined();
  expect(m.code).toBe(0);
  expect(m.rules).toEqual(EXAMPLE_RULES);
  // Measured ≈ 120 MB and 0.6 s; before slicing 647 MB and 6.1 s (ExcelJS held every cell and every string).
  expect(m.maxRssMB).toBeLessThan(180);
}, 120_000);

test("names over parts of a million-cell sheet read only their rows: values right, whole columns too-large, 96 MB heap", async () => {
  const m = await measureRead(join(dir, "million-benannt.xlsx"), 96);
  console.log(`million cells, named in part: ${m.ms} ms, peak RSS ${m.maxRssMB} MB (heap limit ${m.heapLimitMB} MB)`);
  const byName = (n: string) => m.names.find((x) => x.name === n)!;
  const block = byName("DAT_Block");
  expect(block).toMatchObject({ address: "Daten!A50001:J50010", rows: 10, cols: 10 });
  expect(block.problem).toBeUndefined();
  expect(block.first).toEqual(Array.from({ length: 10 }, (_, c) => datenValue(50001, c)));
  expect(block.last).toEqual(Array.from({ length: 10 }, (_, c) => datenValue(50010, c)));
  const zeile = byName("DAT_Zeile");
  expect(zeile).toMatchObject({ address: "Daten!A99999:XFD99999", rows: 1, cols: 16_384 });
  expect(zeile.first!.slice(0, 11)).toEqual([...Array.from({ length: 10 }, (_, c) => datenValue(99999, c)), null]);
  expect(byName("DAT_Spalten")).toMatchObject({ problem: "too-large", address: "Daten!A1:J1048576" });
  expect(byName("DAT_Spalten").rows).toBeUndefined();
  // The example's names are read as well, from the other sheets.
  expect(byName("AIP_Planjahr").first).toEqual([2024]);
  // Measured ≈ 100 MB (511 MB before slicing, when ExcelJS held every cell of the sheet).
  expect(m.maxRssMB).toBeLessThan(150);
}, 120_000);

test("a zip bomb is refused from its declared sizes: exit 2, one German sentence, no inflating", async () => {
  const c = cases.get("19-zip-bombe.xlsx")!;
  const size = statSync(c.path).size;
  expect(size).toBeLessThan(1_000_000);
  expect(BOMB_BYTES).toBeGreaterThan(DEFAULT_LIMITS.maxUncompressedBytes);
  const m = await measure(c.path, 64);
  console.log(`zip bomb: file ${(size / 1e3).toFixed(0)} KB declaring ${BOMB_BYTES / 2 ** 20} MB, exit ${m.code}, ${m.ms} ms, peak RSS ${m.maxRssMB} MB`);
  expect(m.code).toBe(2);
  expect(m.error).toMatch(/^Die Datei wäre entpackt \d+ MB groß \(Grenze \d+ MB\); sie wird nicht geöffnet\.$/);
  // Node with tsx alone takes ~90 MB; inflating the part would need over 256 MB.
  expect(m.maxRssMB).toBeLessThan(200);
}, 120_000);
