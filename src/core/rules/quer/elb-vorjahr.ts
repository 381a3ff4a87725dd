// quer/elb-vorjahr: the ELB stock appears twice (Ziele and Kunden) and both must agree.
import { figures, floatSlack } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_ELB_VJ", "KUN_ELB"] as const;

export const querElbVorjahr: Rule = {
  meta: {
    id: "quer/elb-vorjahr",
    family: "quer",
    severity: "warning",
    title: "ELB-Bestand in Zielen und Kundenstruktur verschieden",
    titleEn: "Stock of benefit recipients differs between targets and customer structure",
    description:
      "Der durchschnittliche ELB-Bestand steht zweimal in der Mappe: als Nenner der IQ (ZIE_ELB_VJ) und in der Kundenstruktur (KUN_ELB). Beide müssen übereinstimmen (Parameter `toleranz`, Standard 0). Im Beispiel 2024: beide 4.560.",
    names: NAMES,
    params: { toleranz: { default: 0, description: "erlaubte Abweichung in Personen" } },
    messages: {
      abweichung: {
        de: "ELB im Vorjahr bei den Zielen ({ziele, count}) ≠ ELB-Bestand der Kundenstruktur ({kunden, count})",
        en: "Benefit recipients able to work in the previous year in the targets ({ziele, count}) ≠ stock in the customer structure ({kunden, count})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const a = f.ZIE_ELB_VJ.value;
    const b = f.KUN_ELB.value;
    if (Math.abs(a - b) <= ctx.params.toleranz + floatSlack(a, b)) return [];
    return [
      {
        messageId: "abweichung",
        data: { ziele: a, kunden: b },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
