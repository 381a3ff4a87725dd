// Issue 16 "Proof": for random monthly series, verlauf/iq-ziel is silent when the projected year-end IQ
// reaches the target (or misses it by no more than the tolerance) and reports when the projection falls short
// by more than the tolerance. The projection is recomputed here from the series, independently of
// src/core/verlauf/compute.ts: IQ_VJ × JFW_m / JFW_VJ_m with IQ_VJ the previous year's 12-month JFW.
import fc from "fast-check";
import { check } from "../../src/core/engine";
import { example } from "../helpers/example";

const TOLERANZ = 0.003;
const ROW_DEC = 5; // Verlauf!B5 = ELB December of the previous year, rows 6..17 = January..December

interface Series {
  elbVj: number[]; // 13
  integVj: number[]; // 12
  elb: number[]; // m + 1 (December .. month m, the last one unused by the JFW)
  integ: number[]; // m
}

const series = fc.integer({ min: 1, max: 12 }).chain((m) =>
  fc.record({
    elbVj: fc.array(fc.integer({ min: 2000, max: 9000 }), { minLength: 13, maxLength: 13 }),
    integVj: fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 12, maxLength: 12 }),
    elb: fc.array(fc.integer({ min: 2000, max: 9000 }), { minLength: m + 1, maxLength: m + 1 }),
    integ: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: m, maxLength: m }),
  }),
);

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const jfw = (integ: number[], elb: number[], m: number) => sum(integ.slice(0, m)) / (sum(elb.slice(0, m)) / m);

function projection(s: Series): number {
  const m = s.integ.length;
  return (jfw(s.integVj, s.elbVj, 12) * jfw(s.integ, s.elb, m)) / jfw(s.integVj, s.elbVj, m);
}

function iqZielFindings(s: Series, target: number) {
  const e = example().withVerlauf(0).set("ZIE_IQ", target);
  s.elbVj.forEach((v, i) => e.setCell("Verlauf", `E${ROW_DEC + i}`, v));
  s.integVj.forEach((v, i) => e.setCell("Verlauf", `F${ROW_DEC + 1 + i}`, v));
  s.elb.forEach((v, i) => e.setCell("Verlauf", `B${ROW_DEC + i}`, v));
  s.integ.forEach((v, i) => e.setCell("Verlauf", `C${ROW_DEC + 1 + i}`, v));
  return check(e.snapshot()).filter((f) => f.rule === "verlauf/iq-ziel");
}

describe("verlauf/iq-ziel on random series (property)", () => {
  it("no finding when the projection reaches the target or misses it by at most the tolerance", () => {
    fc.assert(
      fc.property(series, fc.double({ min: -0.05, max: TOLERANZ - 1e-6, noNaN: true }), (s, below) => {
        const target = projection(s) + below;
        fc.pre(target > 0 && target < 1);
        expect(iqZielFindings(s, target)).toEqual([]);
      }),
      { numRuns: 40, seed: 1616 },
    );
  });

  it("a finding with the projection and the months used when it falls short by more than the tolerance", () => {
    fc.assert(
      fc.property(series, fc.double({ min: TOLERANZ + 1e-6, max: 0.05, noNaN: true }), (s, below) => {
        const p = projection(s);
        const target = p + below;
        fc.pre(target < 1);
        const findings = iqZielFindings(s, target);
        expect(findings).toHaveLength(1);
        expect(findings[0].data.month).toBe(s.integ.length);
        expect(findings[0].data.projection as number).toBeCloseTo(p, 12);
        expect(findings[0].data.gap as number).toBeCloseTo(below, 12);
      }),
      { numRuns: 40, seed: 1617 },
    );
  });
});
