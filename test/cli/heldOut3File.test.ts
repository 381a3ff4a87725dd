// The held-out layouts of test/fixtures/heldOut3.ts as .xlsx: `aip map FILE --format json` must propose the same
// names "sicher" at the same cells as the mapper on the in-memory cells — a difference is the reader's defect.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { proposeMapping } from "../../src/core/mapper";
import { layoutXlsx, usedCells } from "../fixtures/layouts";
import { HELD_OUT_3 } from "../fixtures/heldOut3";
import { run, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir("aip-ho3-");
});

const highOf = (proposals: Array<{ name: string; ref: string; confidence: string }>) =>
  proposals
    .filter((p) => p.confidence === "high")
    .map((p) => `${p.name} ${p.ref}`)
    .sort();

it.each(HELD_OUT_3.map((make) => [make().layout.id, make] as const))("%s: file and memory agree on the sicher proposals", async (id, make) => {
  const { layout } = make();
  writeFileSync(join(dir, `${id}.xlsx`), await layoutXlsx(layout));
  const out = await run(["map", `${id}.xlsx`, "--format", "json"], { cwd: dir });
  expect(out.code).toBe(0);
  const fromFile = highOf((JSON.parse(out.stdout) as { proposals: Array<{ name: string; ref: string; confidence: string }> }).proposals);
  const fromMemory = highOf(proposeMapping(usedCells(layout)).proposals);
  expect(fromFile.length).toBeGreaterThan(0);
  expect(fromFile).toEqual(fromMemory);
}, 30_000);
