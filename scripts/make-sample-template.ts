// Writes docs/vorlage-beispiel.docx, the sample template of docs/dokument.md (not committed: built here).
// Usage: npx tsx scripts/make-sample-template.ts [OUT.docx]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleTemplateDocx } from "../src/docx/sampleTemplate";

const out = process.argv[2] ?? join(__dirname, "..", "docs", "vorlage-beispiel.docx");
sampleTemplateDocx().then((data) => {
  writeFileSync(out, data);
  console.log(`Beispielvorlage geschrieben: ${out}`);
});
