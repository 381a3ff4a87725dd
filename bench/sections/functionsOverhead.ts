// 100.000 evaluations of AIP.IQ as Excel calls it (matrix arguments, result or CustomFunctions.Error)
// against a plain division loop over the same numbers: goal ≤ 5× overhead.
import { median, ms, timeRuns, type Section } from "../lib";

const N = 100_000;
const GOAL_RATIO = 5;

/** What the functions need of Excel's runtime to build error results. */
function installCustomFunctionsGlobal() {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  g.CustomFunctions ??= {
    Error: FakeError,
    ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A", nullReference: "#NULL!" },
  };
}

export const functionsOverhead: Section = {
  id: "funktionen",
  title: "100.000 × AIP.IQ gegen eine einfache Division",
  async run() {
    installCustomFunctionsGlobal();
    const { iq } = await import("../../src/functions/functions");
    const integrations = Array.from({ length: N }, (_, i) => [[600 + (i % 300)]]);
    const elb = Array.from({ length: N }, (_, i) => [[4000 + (i % 1000)]]);
    let sink = 0;
    const plain = await timeRuns(9, () => {
      for (let i = 0; i < N; i++) sink += integrations[i][0][0] / elb[i][0][0];
    });
    const viaFunction = await timeRuns(9, () => {
      for (let i = 0; i < N; i++) sink += iq(integrations[i], elb[i]) as number;
    });
    if (!Number.isFinite(sink)) throw new Error("unerwartetes Ergebnis");
    const plainMs = median(plain.wall);
    const fnMs = median(viaFunction.wall);
    const ratio = fnMs / plainMs;
    return {
      id: this.id,
      title: this.title,
      rows: [
        { measure: "einfache Division (Anker)", value: ms(plainMs) },
        { measure: "AIP.IQ (Wrapper + Kennzahl + Prüfung der Eingaben)", value: ms(fnMs) },
        { measure: "Faktor AIP.IQ / Division", value: `${ratio.toFixed(1).replace(".", ",")}×`, goal: `≤ ${GOAL_RATIO}×`, met: ratio <= GOAL_RATIO },
      ],
      data: { n: N, plainMs, functionMs: fnMs, ratio },
    };
  },
};
