// The sixth held-out set (test/fixtures/heldOut6.ts), the final held-out measure of issue 13, written by a
// tester who did not read the mapper, its vocabulary nor the wording of the earlier layouts. Goal: no wrong
// "sicher" ever, and ≥ 95 % of the figures present proposed "sicher" at the right cell. Per layout a floor
// equal to what it measured when first run (2026-12-06); a change that raises a share should raise its floor.
import { measure } from "../../scripts/mapping-share";
import { HELD_OUT_6 } from "../fixtures/heldOut6";

// id → [high at the right cell, figures present on visible sheets]. First run: 22, 28, 33, 27, 16, 31 = 157/180
// with 2 wrong; raised to what the mapper measured after the fixes that never saw this set (161/180, none wrong).
const FLOORS: Record<string, [number, number]> = {
  "ho6-kopie-vorjahr": [22, 31],
  "ho6-zielnachhaltung": [30, 34],
  "ho6-liste-summe": [34, 34],
  "ho6-personal-traeger": [27, 29],
  "ho6-monatsspalten": [19, 21],
  "ho6-foerderung-ausgaben": [31, 31],
};

// Wrong "sicher" proposals found when first run: these cases are expected to fail until the mapper is fixed
// (Jest then reports the fix, and the entry goes).
// The first run's two ("K3E1 Zugangsrate LZB" as KUN_Anteil_LZB) are fixed: test/mapper/movementRates.test.ts.
const KNOWN_WRONG: Record<string, string[]> = {};

describe.each(HELD_OUT_6.map((make) => [make().layout.id, make] as const))("%s", (id, make) => {
  const r = measure(make());
  const known = KNOWN_WRONG[id];

  (known ? it.failing : it)(`proposes no wrong sicher${known ? ` (bekannt falsch: ${known.join(", ")})` : ""}`, () => {
    expect(r.wrong).toEqual([]);
  });

  if (known) {
    it("makes no wrong sicher beyond the known ones", () => {
      expect(r.wrong.filter((w) => !known.includes(w))).toEqual([]);
    });
  }

  it("keeps at least the share it measured when first run", () => {
    expect([id, r.total]).toEqual([id, FLOORS[id][1]]);
    expect(r.high).toBeGreaterThanOrEqual(FLOORS[id][0]);
  });
});

test("every held-out layout has a floor", () => {
  expect(HELD_OUT_6.map((m) => m().layout.id).sort()).toEqual(Object.keys(FLOORS).sort());
});
