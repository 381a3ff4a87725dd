// Builds the example programme document and copies of it with one figure changed, by editing the text of
// word/document.xml the way a user's typing would.
import JSZip from "jszip";
import { exampleProgrammeDocx } from "../../src/docx/exampleDocument";

let example: Promise<Buffer> | undefined;
export const exampleDocx = () => (example ??= exampleProgrammeDocx());

/** A copy of `docx` with the first `from` in the body's text replaced by `to` (must occur). */
export async function withReplaced(docx: Uint8Array, from: string, to: string, nth = 0): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const parts = xml.split(esc(from));
  if (parts.length <= nth + 1) throw new Error(`"${from}" not in the document`);
  const out = parts.slice(0, nth + 1).join(esc(from)) + esc(to) + parts.slice(nth + 1).join(esc(from));
  zip.file("word/document.xml", out);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A minimal .docx whose body is the given raw WordprocessingML (paragraphs, tables). */
export async function docxFromBody(bodyXml: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`,
  );
  for (const [path, text] of Object.entries(extra)) zip.file(path, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

export const para = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;
