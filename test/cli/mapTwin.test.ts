// The eLb twin (src/core/mapper/elbTwin.ts) proposes two names at one cell: `aip map --write` must write both.
import { join } from "node:path";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { layoutXlsx, num, rows, type Layout } from "../fixtures/layouts";
import { run, tempDir } from "./helpers";

const twinLayout = (): Layout => ({
  id: "twin",
  title: "eLb einmal, ohne Bereich",
  sheets: [
    { name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")]]) },
    { name: "Eckwerte", cells: rows("A1", [["Kennzahl", "Wert"], ["eLb im Jahresdurchschnitt 2024", num(3_912)]]) },
  ],
});

it("aip map --write defines ZIE_ELB_VJ and KUN_ELB at the one cell", async () => {
  const dir = tempDir("aip-map-twin-");
  writeFileSync(join(dir, "twin.xlsx"), await layoutXlsx(twinLayout()));
  const json = await run(["map", "twin.xlsx", "--format", "json"], { cwd: dir });
  const proposals = (JSON.parse(json.stdout) as { proposals: Array<{ name: string; ref: string; confidence: string }> }).proposals;
  expect(proposals.filter((p) => p.ref === "Eckwerte!$B$2")).toEqual([
    expect.objectContaining({ name: "ZIE_ELB_VJ", confidence: "high" }),
    expect.objectContaining({ name: "KUN_ELB", confidence: "high" }),
  ]);
  const r = await run(["map", "twin.xlsx", "--write", "twin-namen.xlsx"], { cwd: dir });
  expect(r.code).toBe(0);
  const xml = await (await JSZip.loadAsync(readFileSync(join(dir, "twin-namen.xlsx")))).file("xl/workbook.xml")!.async("string");
  expect(xml).toMatch(/name="ZIE_ELB_VJ"[^>]*>Eckwerte!\$B\$2</);
  expect(xml).toMatch(/name="KUN_ELB"[^>]*>Eckwerte!\$B\$2</);
  const snapshot = await readWorkbookFile(join(dir, "twin-namen.xlsx"));
  for (const n of ["ZIE_ELB_VJ", "KUN_ELB"]) expect(snapshot.names.find((x) => x.name === n)!.values).toEqual([[3_912]]);
});
