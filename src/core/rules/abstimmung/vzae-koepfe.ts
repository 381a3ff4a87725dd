// abstimmung/vzae-koepfe: there cannot be more full-time equivalents than persons.
import { figures, floatSlack } from "../helpers";
import { vzaeDecimals } from "./vzae-summe";
import type { Rule } from "../types";

const NAMES = ["PER_VZAE_Gesamt", "PER_Beschaeftigte"] as const;

export const abstimmungVzaeKoepfe: Rule = {
  meta: {
    id: "abstimmung/vzae-koepfe",
    family: "abstimmung",
    severity: "error",
    title: "Mehr VZÄ als Beschäftigte",
    titleEn: "More FTE than staff",
    description:
      "Ein Vollzeitäquivalent ist höchstens eine Person: PER_VZAE_Gesamt darf PER_Beschaeftigte nicht übersteigen. Im Beispiel 2024: 115,0 VZÄ bei 123 Beschäftigten.",
    names: NAMES,
    needsAllNames: true,
    messages: {
      mehrVzae: {
        de: "VZÄ gesamt ({vzae, number, decimals} VZÄ) übersteigt die Zahl der Beschäftigten ({heads, count})",
        en: "Total FTE ({vzae, number, decimals} FTE) exceeds the number of staff ({heads, count})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const vzae = f.PER_VZAE_Gesamt.value;
    const heads = f.PER_Beschaeftigte.value;
    if (vzae <= heads + floatSlack(heads)) return [];
    return [
      {
        messageId: "mehrVzae",
        data: { vzae, heads, decimals: vzaeDecimals([vzae], [f.PER_VZAE_Gesamt.format]) },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
