// The one test body of every held-out set of issue 13 (test/mapper/heldOut*.test.ts): per layout no wrong
// "sicher" (a wrong one found when a set was first run is listed in `knownWrong` and expected to fail until the
// mapper is fixed — Jest then reports the fix, and the entry goes), and at least the share it measured last.
import { measure } from "../../scripts/mapping-share";
import type { MeasuredLayout } from "../fixtures/layouts13";

export function describeHeldOutSet(
  set: ReadonlyArray<() => MeasuredLayout>,
  /** id → [high at the right cell as last measured, figures present on visible sheets] */
  floors: Record<string, [number, number]>,
  knownWrong: Record<string, string[]> = {},
): void {
  describe.each(set.map((make) => [make().layout.id, make] as const))("%s", (id, make) => {
    const r = measure(make());
    const known = knownWrong[id];

    (known ? it.failing : it)(`proposes no wrong sicher${known ? ` (bekannt falsch: ${known.join(", ")})` : ""}`, () => {
      expect(r.wrong).toEqual([]);
    });

    if (known) {
      it("makes no wrong sicher beyond the known ones", () => {
        expect(r.wrong.filter((w) => !known.includes(w))).toEqual([]);
      });
    }

    it("keeps at least the share it measured last", () => {
      expect([id, r.total]).toEqual([id, floors[id][1]]);
      expect(r.high).toBeGreaterThanOrEqual(floors[id][0]);
    });
  });

  test("every held-out layout has a floor", () => {
    expect(set.map((m) => m().layout.id).sort()).toEqual(Object.keys(floors).sort());
  });
}
