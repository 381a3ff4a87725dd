// docs/mapping.md lists the labels the mapper knows; regenerate with `npx tsx scripts/write-mapping-doc.ts`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { labelsMarkdown, LABELS_DOC_START } from "../../src/core/mapper";

it("docs/mapping.md's label table is the label data's", () => {
  const text = readFileSync(join(__dirname, "../../docs/mapping.md"), "utf8");
  const start = text.indexOf(LABELS_DOC_START);
  expect(start).toBeGreaterThan(-1);
  const table = labelsMarkdown();
  expect(text.slice(start, start + table.length)).toBe(table);
});
