// aip docx fill, tables and the refusals: bad input (no docx, password-protected, damaged, old .doc, an
// unknown placeholder) ends in a German message, exit 2 and no output file; the written documents open in
// LibreOffice Writer (headless conversion to text) and hold every figure as the workbook has it.
import CFB from "cfb";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleTemplateDocx } from "../../src/docx/sampleTemplate";
import { run, tempDir } from "../cli/helpers";
import { docxFromBody, para } from "./helpers";

const dir = tempDir("aip-docx-");
const wb = join(dir, "beispiel.xlsx");
const doc = join(dir, "beispiel.docx");

beforeAll(async () => {
  expect((await run(["example", wb])).code).toBe(0);
  expect((await run(["example", doc])).code).toBe(0);
}, 60_000);

function oleFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return Buffer.from(CFB.write(container, { type: "buffer" }) as Uint8Array);
}

describe("aip docx: bad input", () => {
  const cases: Array<{ what: string; file: string; data: () => Promise<Buffer> | Buffer; says: RegExp }> = [
    { what: "not a docx", file: "text.docx", data: () => Buffer.from("Das ist Text."), says: /keine Word-Datei/ },
    {
      what: "password-protected (CFB with EncryptedPackage)",
      file: "geschuetzt.docx",
      data: () => oleFile({ EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: Buffer.alloc(4096, 7) }),
      says: /Kennwort geschützt/,
    },
    { what: "an old .doc (CFB with WordDocument)", file: "alt.docx", data: () => oleFile({ WordDocument: Buffer.alloc(1024, 1) }), says: /alten Word-Format \(\.doc\)/ },
    { what: "a .doc by its name", file: "alt.doc", data: () => Buffer.from("x"), says: /alten Word-Format/ },
    { what: "a damaged docx (cut in half)", file: "kaputt.docx", data: async () => (await docxFromBody(para("x"))).subarray(0, 200), says: /beschädigt/ },
    { what: "a zip without a document", file: "leer.docx", data: () => new JSZip().file("readme.txt", "x").generateAsync({ type: "nodebuffer" }), says: /kein Word-Dokument, keine Word-Datei/ },
  ];
  it.each(cases)("check: $what", async ({ file, data, says }) => {
    const path = join(dir, file);
    writeFileSync(path, await data());
    const r = await run(["docx", "check", path, wb]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(says);
    expect(r.stdout + r.stderr).not.toMatch(/Error|at .*\.ts|Corrupted/);
  });
  it.each(cases)("fill: $what as template writes nothing", async ({ file, data, says }) => {
    const path = join(dir, `t-${file}`);
    writeFileSync(path, await data());
    const out = join(dir, `out-${file}.docx`);
    const r = await run(["docx", "fill", path, wb, out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(existsSync(out)).toBe(false);
  });

  it("check: a workbook that is missing or no workbook → German message, exit 2", async () => {
    const missing = await run(["docx", "check", doc, join(dir, "gibtsnicht.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("gibtsnicht.xlsx gibt es nicht");
    const notXlsx = join(dir, "kein.xlsx");
    writeFileSync(notXlsx, "kein Excel");
    const bad = await run(["docx", "check", doc, notXlsx]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/Die Mappe .*kein\.xlsx ist nicht lesbar: .*kein ZIP-Archiv/);
  });

  it("fill: an unknown placeholder and a name the workbook lacks stop the fill with a list", async () => {
    const tpl = join(dir, "unbekannt.docx");
    writeFileSync(tpl, await docxFromBody(para("{BUD_VH_Gesamt} {Gibtsnicht} {ZIE_IQ|%9} {ZIE_LZB_VJ}")));
    const out = join(dir, "unbekannt-out.docx");
    const r = await run(["docx", "fill", tpl, wb, out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("{Gibtsnicht}: unbekannter Platzhalter");
    expect(r.stderr).toContain("Format „%9“ unbekannt");
    expect(r.stderr).toContain("{ZIE_LZB_VJ}: fehlt in der Mappe");
    expect(r.stderr).toContain("es wird nichts geschrieben");
    expect(existsSync(out)).toBe(false);
  });
});

describe("aip docx check (CLI)", () => {
  it("text and JSON output and --fail-on like aip check", async () => {
    const text = await run(["docx", "check", doc, wb]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/0 Fehler, 1 Warnung, 0 Hinweise/);
    expect(text.stdout).toMatch(/Zahlen im Dokument: \d+, geprüft: \d+; nicht geprüft: \d+/);
    expect((await run(["docx", "check", doc, wb, "--fail-on", "warning"])).code).toBe(1);
    const json = JSON.parse((await run(["docx", "check", doc, wb, "--format", "json"])).stdout);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0 });
    expect(json.files[0].findings[0]).toMatchObject({ rule: "dokument/zahl", names: ["FOE_Tabelle"], cells: ["Förderung!D3"] });
    expect(json.files[0].coverage.checked).toBeGreaterThan(60);
  }, 60_000);
});

// LibreOffice Writer as independent reader of what we write.
const writer = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
  } catch {
    return false;
  }
  return existsSync("/usr/lib/libreoffice/program/libswlo.so");
})();

function writerText(file: string): string {
  const outDir = tempDir("aip-writer-");
  execFileSync("soffice", [`-env:UserInstallation=file://${outDir}/profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outDir, file], { timeout: 120_000, stdio: "ignore" });
  return readFileSync(join(outDir, file.split("/").pop()!.replace(/\.docx$/, ".txt")), "utf8");
}

describe("aip docx fill and tables: the output", () => {
  it("LibreOffice Writer is installed (scripts/system-deps.sh installs libreoffice-writer)", () => {
    if (!writer) throw new Error("LibreOffice Writer fehlt: apt-get install libreoffice-writer (scripts/system-deps.sh); die Word-Ausgaben sind NICHT geprüft.");
  });

  it("fill: every placeholder replaced, also the one split across runs; refused on a workbook with errors unless --force", async () => {
    const tpl = join(dir, "vorlage.docx");
    writeFileSync(tpl, await sampleTemplateDocx());
    const out = join(dir, "gefuellt.docx");
    const r = await run(["docx", "fill", tpl, wb, out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = writer ? writerText(out) : "";
    if (!writer) return; // the test above fails loudly
    for (const s of [
      "Der Verwaltungshaushalt beträgt 9.994.076 €, das Eingliederungsbudget 2.970.357 €.",
      "Umgeschichtet werden 1.793.645 € (37,6 % des Eingliederungstitels von 4.764.002 €).",
      "Im Jahr 2023 werden voraussichtlich 750 Integrationen bei durchschnittlich 4.560 erwerbsfähigen",
      "die Integrationsquote beträgt 16,4 %.",
      "Integrationsquote 16,0 % (−2,5 % ggü. VJ), Bestand LZB 2.721 (+6,3 %)",
      "sieht 869 Förderungen vor",
      "Jobcenter Ilm-Kreis, Stand 21.02.2024",
      "Eingliederungszuschuss",
    ]) expect(text).toContain(s);
    expect(text).not.toMatch(/[{}]/);
    // The Förderung rows of the loop, in order.
    expect(text.indexOf("GaBe")).toBeGreaterThan(text.indexOf("Eingliederungszuschuss"));
  }, 180_000);

  it("fill refuses a workbook whose check has errors, and with --force names the error count first", async () => {
    const { writeWorkbookFile } = await import("../../src/xlsx/writeWorkbook");
    const { buildExample2024 } = await import("../../src/core/example");
    const model = buildExample2024();
    const haushalt = model.sheets.find((s) => s.name === "Haushalt")!;
    haushalt.cells.B7 = { ...haushalt.cells.B7, value: 9_000_000, formula: undefined };
    const bad = join(dir, "fehler.xlsx");
    await writeWorkbookFile(model, bad);
    const tpl = join(dir, "vorlage2.docx");
    writeFileSync(tpl, await sampleTemplateDocx());
    const out = join(dir, "fehler-out.docx");
    const refused = await run(["docx", "fill", tpl, bad, out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/hat \d+ Fehler/);
    expect(existsSync(out)).toBe(false);
    const forced = await run(["docx", "fill", tpl, bad, out, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stderr.split("\n")[0]).toMatch(/^Achtung: die Mappe .* hat \d+ Fehler/);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it("tables: the four tables with captions, footers and every figure in German print", async () => {
    const out = join(dir, "tabellen.docx");
    const r = await run(["docx", "tables", wb, out]);
    expect(r.code).toBe(0);
    if (!writer) return;
    const text = writerText(out);
    for (const s of [
      "Übersicht zum Verwaltungshaushalt und Eingliederungsbudget 2024 in Euro",
      "9.994.076", "6.593.989", "1.793.645", "1.606.442", "2.970.357", "1.632.294", "1.338.063",
      "Stellenanzahl Personalkapazitäten 2024 nach Fachbereichen in VZÄ", "42,5", "39,8", "19,1", "5,5", "8,1", "115,0",
      "Umsetzung Förderbedarfe", "Ist 2023", "Plan 2024", "875", "869", "darunter Aktivierungs- und Vermittlungsgutschein",
      "Veränderung ggü. VJ in %", "16,0 %", "−2,5", "19,5 %", "−3,6", "12,7 %", "−0,8", "2.721", "+6,3", "1.301", "+4,1", "1.420", "+8,5",
      "Quelle: Planung JC", "Quelle: Schätzwerttabelle zur Eingliederungsmittelverordnung 2024 des BMAS",
    ]) expect(text).toContain(s);
    // The tables document checks clean against its own workbook.
    const check = await run(["docx", "check", out, wb]);
    expect(check.stdout).toMatch(/keine Meldungen/);
  }, 180_000);
});

describe("aip docx check --map: a workbook without names", () => {
  it("without --map nothing can be compared and the coverage says why; with --map the seed layout gives the 458 ≠ 869 warning", async () => {
    const { layoutXlsx, seedLayout } = await import("../fixtures/layouts");
    const plain = join(dir, "ohne-namen.xlsx");
    writeFileSync(plain, await layoutXlsx(seedLayout()));
    const without = JSON.parse((await run(["docx", "check", doc, plain, "--format", "json"])).stdout);
    expect(without.files[0].coverage.checked).toBe(0);
    expect(without.files[0].coverage.unchecked.some((u: { reason: string }) => u.reason === "name-fehlt")).toBe(true);
    const mapped = JSON.parse((await run(["docx", "check", doc, plain, "--map", "--format", "json"])).stdout);
    expect(mapped.files[0].coverage.checked).toBeGreaterThan(50);
    expect(mapped.files[0].findings.map((f: { rule: string; data: { document: string } }) => `${f.rule} ${f.data.document}`)).toContain("dokument/zahl 458");
  }, 60_000);
});

describe("docs/dokument.md", () => {
  it("shows the real output of aip docx check on the example", async () => {
    const r = await run(["docx", "check", "beispiel.docx", "beispiel.xlsx"], { cwd: dir });
    const md = readFileSync(join(__dirname, "../../docs/dokument.md"), "utf8");
    const start = md.indexOf("```text\n", md.indexOf("npx aip docx check beispiel.docx beispiel.xlsx")) + "```text\n".length;
    expect(md.slice(start, md.indexOf("```", start))).toBe(r.stdout);
  }, 60_000);
});
