// abstimmung/egt: Eingliederungsbudget + Umschichtung = the allocation of the Eingliederungstitel (§ 46 Abs. 1
// SGB II, EinglMV). A warning: allocations change during the year, so the message names the allocation's date.
import { reconcile } from "../../resolve/budget";
import { figures } from "../helpers";
import type { Rule } from "../types";
import { mentions } from "../../coverage";

const NAMES = ["BUD_EGT_Zuteilung", "BUD_EB_Gesamt", "BUD_VH_Umschichtung"] as const;

export const abstimmungEgt: Rule = {
  meta: {
    id: "abstimmung/egt",
    family: "abstimmung",
    severity: "warning",
    title: "Eingliederungsbudget + Umschichtung ≠ Zuteilung Eingliederungstitel",
    titleEn: "Integration budget + reallocation ≠ allocated integration title",
    description:
      "Das Gesamtbudget (§ 46 Abs. 1 SGB II, Eingliederungsmittelverordnung) teilt der Bund in Eingliederungstitel (EGT) und Verwaltungskostentitel (VWT) zu; was aus dem EGT in die Verwaltung umgeschichtet wird, fehlt dem Eingliederungsbudget. Darum muss BUD_EB_Gesamt + BUD_VH_Umschichtung gleich BUD_EGT_Zuteilung sein (Toleranz `toleranzen.betrag`; eine negative Umschichtung – Geld aus der Verwaltung ins Eingliederungsbudget – mindert die Summe). BUD_EGT_Zuteilung ist die Zuteilung vor Umschichtung, wie das Eingliederungsbudget sie zählt (z. B. inkl. BEZ). Eine Warnung, kein Fehler: Zuteilungen ändern sich im Laufe des Jahres (die erste ist oft vorläufig); steht BUD_Zuteilung_Stand in der Mappe, nennt die Meldung den Stand. Die Quelle 2024 druckt keine Zuteilung; zu ihren Zahlen passte eine Zuteilung von 2.970.357 + 1.793.645 = 4.764.002 €.",
    names: [...NAMES, "BUD_Zuteilung_Stand"],
    // The Stand is optional: the rule runs (and counts as run) whenever the amounts are there.
    nameGroups: [NAMES],
    countsOnlyWith: mentions("BUD_EGT_Zuteilung"),
    messages: {
      summe: {
        de: "Eingliederungsbudget ({budget, euro}) + Umschichtung ({umschichtung, euro}) = {parts, euro} ≠ Zuteilung Eingliederungstitel ({zuteilung, euro}), Differenz {difference, euro}",
        en: "Integration budget ({budget, euro}) + reallocation ({umschichtung, euro}) = {parts, euro} ≠ allocated integration title ({zuteilung, euro}), difference {difference, euro}",
      },
      summeStand: {
        de: "Eingliederungsbudget ({budget, euro}) + Umschichtung ({umschichtung, euro}) = {parts, euro} ≠ Zuteilung Eingliederungstitel ({zuteilung, euro}, Stand {stand, date}), Differenz {difference, euro}; ist die Zuteilung noch aktuell?",
        en: "Integration budget ({budget, euro}) + reallocation ({umschichtung, euro}) = {parts, euro} ≠ allocated integration title ({zuteilung, euro}, as of {stand, date}), difference {difference, euro}; is the allocation still current?",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const r = reconcile(f.BUD_EGT_Zuteilung.value, [f.BUD_EB_Gesamt.value, f.BUD_VH_Umschichtung.value], ctx.settings.toleranzen.betrag);
    if (r.reconciles) return [];
    const stand = ctx.view.figure("BUD_Zuteilung_Stand");
    const data = {
      budget: f.BUD_EB_Gesamt.value,
      umschichtung: f.BUD_VH_Umschichtung.value,
      parts: r.sumOfParts,
      zuteilung: f.BUD_EGT_Zuteilung.value,
      difference: r.difference,
    };
    const names: string[] = [...NAMES];
    const cells = NAMES.map((n) => f[n].cell);
    if (!stand) return [{ messageId: "summe", data, names, cells }];
    return [{ messageId: "summeStand", data: { ...data, stand: stand.value }, names: [...names, stand.name], cells: [...cells, stand.cell] }];
  },
};
