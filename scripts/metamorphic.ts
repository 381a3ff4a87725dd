// `[STEP=n] npx tsx scripts/metamorphic.ts [kind…]`: metamorphic testing of the mapper. Each layout of ALL_LAYOUTS is
// transformed in a way a reader would not notice (test/helpers/metamorphic.ts); per transformation it lists
// the layouts that lose a right "sicher" figure and every wrong "sicher" the baseline did not have. STEP scales
// a transformation (columns, 3 × rows, years) to probe it harder.
import { ALL_LAYOUTS } from "./mapping-share";
import { checkInvariance, TRANSFORMS, type TransformKind } from "../test/helpers/metamorphic";

if (require.main === module) {
  const step = Number(process.env.STEP ?? 1);
  const asked = process.argv.slice(2) as TransformKind[];
  const kinds = asked.length ? asked : TRANSFORMS.map((t) => t.kind);
  for (const r of checkInvariance(kinds, ALL_LAYOUTS, step)) {
    const title = TRANSFORMS.find((t) => t.kind === r.kind)?.title ?? r.kind;
    console.log(`== ${title}`);
    for (const d of r.dropped) console.log(`  weniger sicher: ${d.id} ${d.before} → ${d.after} (${d.lost.join(", ")})`);
    for (const w of r.newWrong) console.log(`  neu falsch sicher: ${w}`);
    console.log(`  ${r.kind}: sicher ${r.baselineHigh} → ${r.high} von ${r.total}; Mappen mit verlorenen sicheren Figuren: ${r.dropped.length}; neu falsch sicher: ${r.newWrong.length}`);
  }
}
