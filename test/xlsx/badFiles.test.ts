// A file that is not a readable workbook must end in a WorkbookReadError with one German sentence,
// never in a stack trace or an out-of-memory: empty, not a zip, truncated, a zip without workbook,
// an old .xls, an encrypted workbook, a zip bomb, a missing file, a broken workbook inside a good zip.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as CFB from "cfb";
import JSZip from "jszip";
import { buildExample2024 } from "../../src/core/example";
import { readWorkbook, readWorkbookFile, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";

/** A real OLE compound file (as Excel writes .xls and encrypted workbooks) holding the given streams. */
function oleContainer(streams: string[]): Buffer {
  const container = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(container, `/${name}`, Buffer.alloc(4096, 1));
  return Buffer.from(CFB.write(container, { type: "buffer" }) as Uint8Array);
}

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function readError(bytes: Uint8Array, limits?: Parameters<typeof readWorkbook>[2]): Promise<WorkbookReadError> {
  try {
    await readWorkbook(bytes, "kaputt.xlsx", limits);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    const message = (e as Error).message;
    expect(message).not.toContain("\n");
    return e as WorkbookReadError;
  }
  throw new Error("readWorkbook hat den Fehler nicht erkannt");
}

describe("files that are not readable workbooks", () => {
  it("empty file", async () => {
    expect((await readError(new Uint8Array(0))).message).toBe("Die Datei ist leer (0 Bytes).");
  });

  it("text file", async () => {
    expect((await readError(Buffer.from("Jobcenter;Plan\nIlm-Kreis;869\n"))).message).toBe(
      "Die Datei ist keine .xlsx-Arbeitsmappe (kein ZIP-Archiv).",
    );
  });

  it("truncated zip", async () => {
    const whole = await writeWorkbookBuffer(buildExample2024());
    const message = (await readError(whole.subarray(0, Math.floor(whole.length / 2)))).message;
    expect(message).toMatch(/^Die Datei ist beschädigt oder unvollständig \(ZIP-Archiv nicht lesbar\)\.$/);
  });

  it("zip without xl/workbook.xml (a Word file)", async () => {
    const docx = await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect((await readError(docx)).message).toBe(
      "Das ZIP-Archiv enthält keine Excel-Arbeitsmappe (xl/workbook.xml fehlt) – ist es eine andere Office-Datei?",
    );
  });

  it("old .xls (OLE container with a Workbook stream)", async () => {
    expect((await readError(oleContainer(["Workbook", "\u0005SummaryInformation"]))).message).toBe(
      "Die Datei ist im alten Excel-Format (.xls); bitte in Excel als .xlsx speichern.",
    );
  });

  it("encrypted workbook (OLE container with an EncryptedPackage stream)", async () => {
    expect((await readError(oleContainer(["EncryptionInfo", "EncryptedPackage"]))).message).toBe(
      "Die Arbeitsmappe ist mit einem Kennwort verschlüsselt; bitte ohne Kennwortschutz als .xlsx speichern.",
    );
  });

  it("zip bomb: refused by the declared sizes before anything is inflated", async () => {
    // 8 MB of zeros deflate to a few kilobytes; the limit here is 4 MB.
    const bomb = await zipOf({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": Buffer.alloc(8 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const message = (await readError(bomb, { maxUncompressedBytes: 4 * 1024 * 1024, maxNameCells: 1000 })).message;
    expect(message).toBe("Die Datei wäre entpackt 8 MB groß (Grenze 4 MB); sie wird nicht geöffnet.");
    // Spoil the compressed data in the middle: the size verdict stays, so nothing was inflated for it,
    // while a reader that inflates (limit raised) now finds the damage.
    const spoiled = Buffer.from(bomb);
    spoiled.fill(0xff, spoiled.length / 2 - 64, spoiled.length / 2 + 64);
    expect((await readError(spoiled, { maxUncompressedBytes: 4 * 1024 * 1024, maxNameCells: 1000 })).message).toBe(message);
    expect((await readError(spoiled)).message).toMatch(/beschädigt/);
  });

  it("broken workbook.xml inside a good zip", async () => {
    const broken = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet" });
    expect((await readError(broken)).message).toMatch(/^Das Verzeichnis der Arbeitsmappe \(xl\/workbook.xml\) ist beschädigt \(.+\)\.$/);
  });

  it("a sheet part that is not XML inside an otherwise good workbook", async () => {
    const zip = await JSZip.loadAsync(await writeWorkbookBuffer(buildExample2024()));
    zip.file("xl/worksheets/sheet1.xml", "\u0000\u0001kein XML");
    const broken = await zip.generateAsync({ type: "nodebuffer" });
    expect((await readError(broken)).message).toMatch(/^Die Arbeitsmappe ist beschädigt und konnte nicht gelesen werden \(.+\)\.$/);
  });

  it("missing file and a folder given as file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-bad-"));
    await expect(readWorkbookFile(join(dir, "fehlt.xlsx"))).rejects.toThrow("Die Datei wurde nicht gefunden.");
    await expect(readWorkbookFile(dir)).rejects.toThrow("Das ist ein Ordner, keine Datei.");
    writeFileSync(join(dir, "leer.xlsx"), "");
    await expect(readWorkbookFile(join(dir, "leer.xlsx"))).rejects.toThrow(WorkbookReadError);
  });
});
