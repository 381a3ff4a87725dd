// abstimmung/vzae-koepfe: more full-time equivalents than persons – a warning, since positions and heads may be
// counted differently (positions include staff on parental leave, fixed-term and long-term sick staff).
import { figures, floatSlack } from "../helpers";
import { vzaeDecimals } from "./vzae-summe";
import type { Rule } from "../types";

const NAMES = ["PER_VZAE_Gesamt", "PER_Beschaeftigte"] as const;

export const abstimmungVzaeKoepfe: Rule = {
  meta: {
    id: "abstimmung/vzae-koepfe",
    family: "abstimmung",
    severity: "warning",
    title: "Mehr VZÄ als Beschäftigte",
    titleEn: "More FTE than staff",
    description:
      "Ein Vollzeitäquivalent ist höchstens eine Person: Übersteigt PER_VZAE_Gesamt die Zahl PER_Beschaeftigte, ist das zu prüfen. Eine Warnung, kein Fehler: Die VZÄ der Quelle sind die „Stellenanzahl Personalkapazitäten … in VZÄ“, Stellen „einschließlich Beschäftigten in Erziehungszeit, Befristete und Langzeiterkrankte“, während die Köpfe anders gezählt sein können (z. B. nur aktiv Beschäftigte); dann können mehr Stellen als Köpfe stimmen. Im Beispiel 2024: 115,0 VZÄ bei 123 Beschäftigten.",
    names: NAMES,
    needsAllNames: true,
    messages: {
      mehrVzae: {
        de: "VZÄ gesamt ({vzae, number, decimals} VZÄ) übersteigt die Zahl der Beschäftigten ({heads, count}); stimmt nur, wenn die Stellen (z. B. mit Erziehungszeit, Befristeten und Langzeiterkrankten) anders gezählt sind als die Köpfe",
        en: "Total FTE ({vzae, number, decimals} FTE) exceeds the number of staff ({heads, count}); this holds only if positions (e.g. including parental leave, fixed-term and long-term sick staff) are counted differently from heads",
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
