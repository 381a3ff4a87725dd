// typen/anzahl: Anzahl nicht ganz oder negativ (types check of each cell of the contract names).
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenAnzahl: Rule = {
  meta: {
    id: "typen/anzahl",
    family: "typen",
    severity: "error",
    title: "Anzahl nicht ganz oder negativ, Bestand negativ",
    titleEn: "Count not whole or negative, stock negative",
    description:
      "Anzahlen (Beschäftigte und Alleinerziehende als Personen; Integrationen, Ist und Plan der Förderübersicht und Planeintritte als Ereignisse – eine Person kann mehrere haben, Integrationen bis zu 12 im Jahr) sind ganze, nicht negative Zahlen; ein Bruchteil entsteht dort aus einem Tippfehler oder einer falschen Formel. Bestände (Art „Bestand“: ZIE_ELB_VJ, KUN_ELB, ZIE_LZB, ZIE_LZB_Maenner, ZIE_LZB_Frauen, die Vorjahresbestände ZIE_LZB_VJ, ZIE_LZB_Maenner_VJ, ZIE_LZB_Frauen_VJ, der geplante ELB-Bestand ZIE_ELB sowie Vorjahr und Ziel in ZIE_Weitere, die auch Quoten halten) sind Durchschnitte der Monatswerte (JDW) und dürfen Nachkommastellen haben (=MITTELWERT(…) ergibt z. B. 4.559,58, =AIP.LZB_ZIEL(2560;6,3%) 2.721,28); sie dürfen nur nicht negativ sein.",
    messages: {
      anzahl: {
        de: "{name, cell} enthält {value, count}, erwartet eine ganze, nicht negative Anzahl",
        en: "{name, cell} holds {value, count}, expected a whole, non-negative count",
      },
      bestand: {
        de: "{name, cell} enthält {value, count}, erwartet einen nicht negativen Bestand (Durchschnitt, Nachkommastellen erlaubt)",
        en: "{name, cell} holds {value, count}, expected a non-negative stock (a mean, decimals allowed)",
      },
    },
  },
  check: (ctx) => reportTypeIssues(ctx, "anzahl"),
};
