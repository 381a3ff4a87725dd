// The Übersicht's change column and axis steps: the pure helper behind src/taskpane/pages/OverviewPage.tsx.
import { computeOverview } from "../../src/core/overview";
import { exampleSnapshot } from "../../src/core/example";
import { axisTicks, changeOf, signedFormatters } from "../../src/taskpane/overviewChange";

test("change Ist → Plan: absolute and relative, nothing invented for gaps or a zero Ist", () => {
  expect(changeOf({ ist: 56, plan: 37 })).toEqual({ absolute: -19, relative: 37 / 56 - 1 });
  expect(changeOf({ ist: 0, plan: 5 })).toEqual({ absolute: 5 });
  expect(changeOf({ ist: 10, plan: undefined })).toEqual({});
  expect(changeOf({ ist: undefined, plan: 10 })).toEqual({});
});

test("on the 2024 example: FbW −19 (−33,9 %), Gesamt 875 → 869 is −6 (−0,7 %) in German", () => {
  const o = computeOverview(exampleSnapshot());
  const de = signedFormatters("de");
  const fbw = changeOf(o.foerderung.instruments[0]);
  expect([de.count(fbw.absolute), de.percent(fbw.relative)]).toEqual(["\u221219", "\u221233,9\u00a0%"]);
  const total = changeOf(o.foerderung.gesamt!);
  expect([de.count(total.absolute), de.percent(total.relative)]).toEqual(["\u22126", "\u22120,7\u00a0%"]);
  const en = signedFormatters("en");
  expect([en.count(1234), en.percent(0.063), en.count(0), en.count(undefined)]).toEqual(["+1,234", "+6.3%", "0", "–"]);
  expect(de.count(1234)).toBe("+1.234");
});

test("axis ticks are round, start at 0, end at or above the maximum, at most 5 steps", () => {
  expect(axisTicks(56)).toEqual([0, 20, 40, 60]);
  expect(axisTicks(869)).toEqual([0, 200, 400, 600, 800, 1000]);
  expect(axisTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
  expect(axisTicks(1.2)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25]);
  expect(axisTicks(0)).toEqual([0, 1]);
  for (const max of [3, 17, 56, 99, 101, 458, 869, 12345]) {
    const ticks = axisTicks(max);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect(ticks.length - 1).toBeLessThanOrEqual(5);
    const step = ticks[1];
    expect([1, 2, 2.5, 5, 10]).toContain(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6)));
  }
});
