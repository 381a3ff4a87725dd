// What the Übersicht shows beside Ist and Plan: the change from Ist to Plan per instrument (absolute and
// relative), the chart's round axis steps, and signed German/English numbers. Pure, so it is tested
// without React (test/taskpane/overviewChange.test.ts); the figures come from src/core/overview.ts.
import { localeFor, type Language } from "./i18n";

export interface IstPlan {
  ist?: number;
  plan?: number;
}

export interface Change {
  /** Plan − Ist; undefined when either is missing. */
  absolute?: number;
  /** Plan / Ist − 1; undefined when either is missing or Ist is 0 (no base to compare with). */
  relative?: number;
}

export function changeOf({ ist, plan }: IstPlan): Change {
  if (ist === undefined || plan === undefined) return {};
  return { absolute: plan - ist, ...(ist !== 0 ? { relative: plan / ist - 1 } : {}) };
}

/**
 * Axis ticks from 0 in round steps (1, 2, 2.5 or 5 × 10^k), at most `maxSteps` steps, the last one at or
 * above `max`: 56 → 0, 20, 40, 60; 869 → 0, 200, 400, 600, 800, 1000.
 */
export function axisTicks(max: number, maxSteps = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / maxSteps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Signed counts and percentages with the minus sign the engine and the printed AIP use: +12, −19, −33,9 %. */
export function signedFormatters(language: Language, noValue = "–") {
  const locale = localeFor(language);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const minus = (s: string) => s.replace("-", "\u2212");
  return {
    count: (x: number | undefined) => (x === undefined ? noValue : minus(count.format(x))),
    percent: (x: number | undefined) => (x === undefined ? noValue : minus(percent.format(x))),
  };
}
