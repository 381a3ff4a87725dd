// The first look at a file that claims to be .xlsx, before anything is inflated: is it a zip at all, an
// old .xls or a password-protected workbook (both OLE containers), a truncated archive, a zip without a
// workbook, or a zip bomb (judged by the sizes the archive declares)? Each case ends in a
// WorkbookReadError whose message is one German sentence for the user.
import JSZip from "jszip";

import { WorkbookReadError, type ReadLimits } from "./readError";

export { WorkbookReadError, DEFAULT_LIMITS, type ReadLimits } from "./readError";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** An OLE container holding an "EncryptedPackage" stream is an encrypted OOXML workbook, not an old .xls. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // Stream names in an OLE directory are UTF-16LE.
  const needle = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 0 })} MB`;

/** Open the archive (central directory only) and check it can be a workbook within the limits. */
export async function checkContainer(bytes: Uint8Array, limits: ReadLimits): Promise<JSZip> {
  if (bytes.length === 0) throw new WorkbookReadError("Die Datei ist leer (0 Bytes).");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new WorkbookReadError(
      isEncryptedPackage(bytes)
        ? "Die Arbeitsmappe ist mit einem Kennwort verschlüsselt; bitte ohne Kennwortschutz als .xlsx speichern."
        : "Die Datei ist im alten Excel-Format (.xls); bitte in Excel als .xlsx speichern.",
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new WorkbookReadError("Die Datei ist keine .xlsx-Arbeitsmappe (kein ZIP-Archiv).");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // JSZip's reason is English and technical ("Corrupted zip: can't find end of central directory"): the
    // user needs to know the file is damaged, in German.
    throw new WorkbookReadError("Die Datei ist beschädigt oder unvollständig (ZIP-Archiv nicht lesbar).");
  }
  // JSZip keeps each entry's sizes from the central directory in `_data`; nothing is inflated yet.
  let declared = 0;
  zip.forEach((_path, entry) => {
    const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
    declared += data?.uncompressedSize ?? 0;
  });
  if (declared > limits.maxUncompressedBytes) {
    throw new WorkbookReadError(
      `Die Datei wäre entpackt ${megabytes(declared)} groß (Grenze ${megabytes(limits.maxUncompressedBytes)}); sie wird nicht geöffnet.`,
    );
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new WorkbookReadError(
      "Das ZIP-Archiv enthält keine Excel-Arbeitsmappe (xl/workbook.xml fehlt) – ist es eine andere Office-Datei?",
    );
  }
  return zip;
}
