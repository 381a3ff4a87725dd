// abstimmung/vwt: the Verwaltungshaushalt's federal part under the EinglMV equals the VWT allocation.
import { floatSlack } from "../../resolve/budget";
import { figures } from "../helpers";
import type { Rule } from "../types";
import { mentions } from "../../coverage";

const NAMES = ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"] as const;

export const abstimmungVwt: Rule = {
  meta: {
    id: "abstimmung/vwt",
    family: "abstimmung",
    severity: "warning",
    title: "Verwaltungshaushalt (Bund, EinglMV) ≠ Zuteilung Verwaltungskostentitel",
    titleEn: "Administrative budget (federal, EinglMV) ≠ allocated administrative cost title",
    description:
      "Der Bundesanteil des Verwaltungshaushalts gemäß Eingliederungsmittelverordnung (BUD_VH_EinglMV) ist die Zuteilung des Verwaltungskostentitels (VWT, § 46 Abs. 1 SGB II): beide müssen gleich sein (Toleranz `toleranzen.betrag`). Was aus dem Eingliederungstitel umgeschichtet wird, steht getrennt in BUD_VH_Umschichtung. Eine Warnung: Zuteilungen ändern sich im Laufe des Jahres; steht BUD_Zuteilung_Stand in der Mappe, nennt die Meldung den Stand. Die Quelle 2024 druckt keine Zuteilung.",
    names: [...NAMES, "BUD_Zuteilung_Stand"],
    // The Stand is optional: the rule runs (and counts as run) whenever the amounts are there.
    nameGroups: [NAMES],
    countsOnlyWith: mentions("BUD_VWT_Zuteilung"),
    messages: {
      abweichung: {
        de: "Verwaltungshaushalt gemäß Eingliederungsmittelverordnung ({einglmv, euro}) ≠ Zuteilung Verwaltungskostentitel ({zuteilung, euro}), Differenz {difference, euro}",
        en: "Administrative budget under the integration funds regulation ({einglmv, euro}) ≠ allocated administrative cost title ({zuteilung, euro}), difference {difference, euro}",
      },
      abweichungStand: {
        de: "Verwaltungshaushalt gemäß Eingliederungsmittelverordnung ({einglmv, euro}) ≠ Zuteilung Verwaltungskostentitel ({zuteilung, euro}, Stand {stand, date}), Differenz {difference, euro}; ist die Zuteilung noch aktuell?",
        en: "Administrative budget under the integration funds regulation ({einglmv, euro}) ≠ allocated administrative cost title ({zuteilung, euro}, as of {stand, date}), difference {difference, euro}; is the allocation still current?",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const difference = f.BUD_VH_EinglMV.value - f.BUD_VWT_Zuteilung.value;
    if (Math.abs(difference) <= ctx.settings.toleranzen.betrag + floatSlack(f.BUD_VWT_Zuteilung.value)) return [];
    const data = { einglmv: f.BUD_VH_EinglMV.value, zuteilung: f.BUD_VWT_Zuteilung.value, difference };
    const names: string[] = [...NAMES];
    const cells = NAMES.map((n) => f[n].cell);
    const stand = ctx.view.figure("BUD_Zuteilung_Stand");
    if (!stand) return [{ messageId: "abweichung", data, names, cells }];
    return [{ messageId: "abweichungStand", data: { ...data, stand: stand.value }, names: [...names, stand.name], cells: [...cells, stand.cell] }];
  },
};
