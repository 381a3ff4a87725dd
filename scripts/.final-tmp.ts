import { measure } from "/work/main/scripts/mapping-share";
import { HELD_OUT_34 } from "/work/main/test/fixtures/heldOut34";
import { HELD_OUT_35 } from "/work/main/test/fixtures/heldOut35";
let h = 0, t = 0, w = 0;
for (const make of [...HELD_OUT_34, ...HELD_OUT_35]) {
  const r = measure(make());
  h += r.high; t += r.total; w += r.wrong.length;
  console.log(r.id.padEnd(30), `${r.high}/${r.total}`, r.wrong.length ? `falsch: ${r.wrong.join(", ")}` : "", r.missed.length ? `nicht sicher: ${r.missed.join(", ")}` : "");
}
console.log(`gesamt ${h}/${t} = ${(100 * h / t).toFixed(1)} %, falsch sicher ${w}`);
