// `npx tsx scripts/debug-layout.ts ID [NAME…]`: for one measured layout (scripts/mapping-share.ts), each figure the
// mapper does not propose "sicher" at the expected cell, with what it proposed instead and why, or why nothing.
import { proposeMapping } from "../src/core/mapper";
import { usedCells } from "../test/fixtures/layouts";
import { ALL_LAYOUTS } from "./mapping-share";

const [id, ...only] = process.argv.slice(2);
const m = ALL_LAYOUTS.map((make) => make()).find((x) => x.layout.id === id);
if (!m) throw new Error(`Kein Layout „${id}“.`);
const result = proposeMapping(usedCells(m.layout));
for (const [name, ref] of Object.entries(m.expected)) {
  if (only.length && !only.includes(name)) continue;
  const p = result.proposals.find((x) => x.name === name);
  if (p?.confidence === "high" && (p.ref === ref || m.alsoRight?.[name]?.includes(p.ref))) continue;
  const miss = result.missingReasons.find((x) => x.name === name);
  console.log(`${name} (erwartet ${ref}): ${p ? `${p.confidence} ${p.ref} „${p.label}“ ${p.reason ?? ""}` : `kein Vorschlag: ${miss?.reason ?? ""}`}`);
}
