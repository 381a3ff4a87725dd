// Issue 5 §1, the old .xls made for real: LibreOffice converts the example to BIFF8 (Excel 97–2003)
// headless, with a private profile. `aip check` must refuse it with the German advice to save as .xlsx,
// given as .xls and renamed to .xlsx, and a batch must go on past it. (The corpus itself carries an OLE
// container built with cfb, so it needs no LibreOffice; this proves the reader knows a real one.)
// Skipped, loudly, only where soffice is missing; CI installs it (scripts/system-deps.sh).
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { main } from "../../src/cli/main";
import { buildExample2024 } from "../../src/core/example";
import { sofficeAvailable } from "../../src/xlsx/libreOffice";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";

const hasSoffice = sofficeAvailable();
if (!hasSoffice) console.warn("\n!!! LibreOffice (soffice) nicht gefunden: der .xls-Test wird ÜBERSPRUNGEN !!!\n");
const testWithSoffice = hasSoffice ? test : test.skip;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const XLS_REASON = "Die Datei ist im alten Excel-Format (.xls); bitte in Excel als .xlsx speichern.";

async function checkJson(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main([...argv, "--format", "json"], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {}, cwd });
  return { code, stderr, report: JSON.parse(stdout) as { files: Array<{ file: string; error?: string; findings: unknown[] }> } };
}

testWithSoffice(
  "a real .xls written by LibreOffice is refused with the advice to save as .xlsx, and a batch goes on",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-xls-"));
    try {
      const example = join(dir, "beispiel.xlsx");
      await writeWorkbookFile(buildExample2024(), example);
      const out = join(dir, "out");
      await promisify(execFile)(
        "soffice",
        [`-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`, "--headless", "--convert-to", "xls", "--outdir", out, example],
        { timeout: 120_000 },
      );
      const xls = join(out, "beispiel.xls");
      const bytes = readFileSync(xls);
      expect(bytes.subarray(0, 8)).toEqual(OLE_SIGNATURE);
      expect(bytes.includes(Buffer.from("Workbook", "utf16le"))).toBe(true); // BIFF8's stream name

      const alone = await checkJson(["check", xls], dir);
      expect(alone.stderr).toBe("");
      expect(alone.code).toBe(2);
      expect(alone.report.files[0]).toEqual({ file: xls, findings: [], error: XLS_REASON });

      // Renamed to .xlsx next to a good workbook: the folder batch reports it and checks the other.
      const folder = join(dir, "mappen");
      mkdirSync(folder);
      copyFileSync(xls, join(folder, "a-alt.xlsx"));
      copyFileSync(example, join(folder, "b-gut.xlsx"));
      const batch = await checkJson(["check", "mappen"], dir);
      expect(batch.code).toBe(2);
      expect(batch.report.files.map((f) => [f.file, f.error])).toEqual([
        [join("mappen", "a-alt.xlsx"), XLS_REASON],
        [join("mappen", "b-gut.xlsx"), undefined],
      ]);
      expect(batch.report.files[1].findings.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
