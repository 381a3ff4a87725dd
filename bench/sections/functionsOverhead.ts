// 100.000 evaluations of AIP.IQ as Excel calls it (matrix arguments, result or CustomFunctions.Error)
// against a plain division loop over the same numbers: goal ≤ 5× overhead.
import { installCustomFunctionsGlobal } from "../../test/support/customFunctionsRuntime";
import { median, ms, timeRuns, type Section } from "../lib";

const N = 100_000;
const GOAL_RATIO = 5;

export const functionsOverhead: Section = {
  id: "funktionen",
  title: "100.000 × AIP.IQ gegen eine einfache Division",
  async run() {
    installCustomFunctionsGlobal();
    const { iq } = await import("../../src/functions/functions");
    const integrations = Array.from({ length: N }, (_, i) => [[600 + (i % 300)]]);
    const elb = Array.from({ length: N }, (_, i) => [[4000 + (i % 1000)]]);
    let sink = 0;
    const plainLoop = () => {
      for (let i = 0; i < N; i++) sink += integrations[i][0][0] / elb[i][0][0];
    };
    const functionLoop = () => {
      for (let i = 0; i < N; i++) sink += iq(integrations[i], elb[i]) as number;
    };
    // Interleaved, so both sides of each ratio see the same load on a shared machine; the median ratio
    // of many pairs is what is compared with the goal.
    const plain: number[] = [];
    const viaFunction: number[] = [];
    for (let r = 0; r < 25; r++) {
      plain.push((await timeRuns(1, plainLoop, r === 0 ? 3 : 0)).wall[0]);
      viaFunction.push((await timeRuns(1, functionLoop, r === 0 ? 3 : 0)).wall[0]);
    }
    if (!Number.isFinite(sink)) throw new Error("unerwartetes Ergebnis");
    const plainMs = median(plain);
    const fnMs = median(viaFunction);
    const ratio = median(plain.map((p, i) => viaFunction[i] / p));
    return {
      id: this.id,
      title: this.title,
      rows: [
        { measure: "einfache Division (Anker)", value: ms(plainMs) },
        { measure: "AIP.IQ (Wrapper + Kennzahl + Prüfung der Eingaben)", value: ms(fnMs) },
        { measure: "Faktor AIP.IQ / Division (Median von 25 Paaren)", value: `${ratio.toFixed(1).replace(".", ",")}×`, goal: `≤ ${GOAL_RATIO}×`, met: ratio <= GOAL_RATIO },
      ],
      data: { n: N, plainMs, functionMs: fnMs, ratio },
    };
  },
};
