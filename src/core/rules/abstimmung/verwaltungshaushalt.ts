// abstimmung/verwaltungshaushalt: the Verwaltungshaushalt equals the sum of its three "davon" parts.
import { reconcile } from "../../resolve/budget";
import { figures } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung", "BUD_VH_KFA"] as const;

export const abstimmungVerwaltungshaushalt: Rule = {
  meta: {
    id: "abstimmung/verwaltungshaushalt",
    family: "abstimmung",
    severity: "error",
    title: "Verwaltungshaushalt ≠ Summe seiner Teile",
    titleEn: "Administrative budget ≠ sum of its parts",
    description:
      "BUD_VH_Gesamt muss gleich BUD_VH_EinglMV + BUD_VH_Umschichtung + BUD_VH_KFA sein. Abweichungen bis zur Toleranz `toleranzen.betrag` (Standard 0,50 €) gelten als Rundung. Im Beispiel 2024 geht die Summe genau auf (6.593.989 + 1.793.645 + 1.606.442 = 9.994.076 €).",
    names: NAMES,
    needsAllNames: true,
    messages: {
      summe: {
        de: "Verwaltungshaushalt ({total, euro}) ≠ Summe seiner Teile ({einglMV, euro} + {umschichtung, euro} + {kfa, euro} = {parts, euro}), Differenz {difference, euro}",
        en: "Administrative budget ({total, euro}) ≠ sum of its parts ({einglMV, euro} + {umschichtung, euro} + {kfa, euro} = {parts, euro}), difference {difference, euro}",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const r = reconcile(f.BUD_VH_Gesamt.value, [f.BUD_VH_EinglMV.value, f.BUD_VH_Umschichtung.value, f.BUD_VH_KFA.value], ctx.settings.toleranzen.betrag);
    if (r.reconciles) return [];
    const { sumOfParts: parts, difference: diff } = r;
    return [
      {
        messageId: "summe",
        data: {
          total: f.BUD_VH_Gesamt.value,
          einglMV: f.BUD_VH_EinglMV.value,
          umschichtung: f.BUD_VH_Umschichtung.value,
          kfa: f.BUD_VH_KFA.value,
          parts,
          difference: diff,
        },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
