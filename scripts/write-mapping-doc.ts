// `npx tsx scripts/write-mapping-doc.ts`: regenerates the label table in docs/mapping.md from the label data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LABELS_DOC_END, LABELS_DOC_START, labelsMarkdown } from "../src/core/mapper";

const file = join(__dirname, "..", "docs", "mapping.md");
const text = readFileSync(file, "utf8");
const start = text.indexOf(LABELS_DOC_START);
const end = text.indexOf(LABELS_DOC_END);
if (start < 0 || end < 0) throw new Error("docs/mapping.md: Marken der Beschriftungstabelle fehlen");
writeFileSync(file, text.slice(0, start) + labelsMarkdown() + text.slice(end + LABELS_DOC_END.length + 1));
