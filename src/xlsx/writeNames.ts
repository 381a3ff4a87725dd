// Writes defined names into a copy of an .xlsx by patching the original archive: only xl/workbook.xml
// changes (./spliceDefinedNames.ts); every other entry keeps its bytes, its compression, its place in the
// archive and its date. (ExcelJS cannot do this: it rewrites every part and drops what it does not know.)
import JSZip from "jszip";
import { spliceDefinedNames, type NewDefinedName } from "./spliceDefinedNames";

const DEFLATE_MAGIC = "\x08\x00";

/** The archive with `names` added (and the workbook-scoped names in `replace` removed first). */
export async function addDefinedNames(bytes: Uint8Array, names: NewDefinedName[], replace: readonly string[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes, { createFolders: false });
  const path = "xl/workbook.xml";
  const entry = zip.file(path);
  if (!entry) throw new Error("xl/workbook.xml fehlt");
  const xml = await entry.async("string");
  const patched = spliceDefinedNames(xml, names, replace);
  const compressionOf = (f: JSZip.JSZipObject): "DEFLATE" | "STORE" => {
    const data = (f as unknown as { _data?: { compression?: { magic?: string } } })._data;
    return data?.compression?.magic === DEFLATE_MAGIC ? "DEFLATE" : "STORE";
  };
  const workbookCompression = compressionOf(entry);
  // Each entry keeps its own method; JSZip then copies the compressed bytes of unchanged entries as they are.
  zip.forEach((_p, f) => {
    (f.options as { compression?: string }).compression = compressionOf(f);
  });
  zip.file(path, patched, { date: entry.date, compression: workbookCompression, createFolders: false, ...(entry.comment ? { comment: entry.comment } : {}) });
  const archiveComment = (zip as unknown as { comment?: string }).comment;
  return zip.generateAsync({ type: "nodebuffer", ...(archiveComment ? { comment: archiveComment } : {}) });
}
