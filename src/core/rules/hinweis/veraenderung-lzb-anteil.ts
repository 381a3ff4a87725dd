// hinweis/veraenderung-lzb-anteil: without the previous-year stock (ZIE_LZB_VJ), the stated LZB change is
// compared with a stand-in for it, KUN_Anteil_LZB × KUN_ELB. A stand-in only gives a hint; with ZIE_LZB_VJ
// the change is checked by ziele/veraenderung-lzb instead.
import { halfUnitOf, percentDecimals } from "../../format";
import { figures, interval, overlaps, shareHalfUnit } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_LZB_Veraenderung", "ZIE_LZB", "KUN_Anteil_LZB", "KUN_ELB"] as const;

export const hinweisVeraenderungLzbAnteil: Rule = {
  meta: {
    id: "hinweis/veraenderung-lzb-anteil",
    splitFrom: "ziele/veraenderung-lzb",
    family: "ziele",
    severity: "info",
    title: "LZB-Ziel passt nicht zum geschätzten Vorjahresbestand (Anteil × ELB)",
    titleEn: "Long-term recipients target does not fit the estimated previous stock (share × ELB)",
    description:
      "Nur wenn der Vorjahresbestand ZIE_LZB_VJ nicht in der Mappe steht (sonst prüft `ziele/veraenderung-lzb` gegen ihn): als Ersatz wird der Vorjahresbestand der Langzeitleistungsbeziehenden aus KUN_Anteil_LZB × KUN_ELB geschätzt; das Ziel ZIE_LZB muss dazu mit der angegebenen Veränderung ZIE_LZB_Veraenderung passen (ZIE_LZB / Vorjahresbestand − 1). Rundung: das Ziel gilt als genau; ein eingetippter Anteil steht für jeden Wert, der gleich gedruckt wird (56,1 % für 56,05 % bis 56,15 %), ein eingetippter ELB-Bestand für ± 0,5; die angegebene Veränderung darf um eine halbe letzte Stelle ihres Formats abweichen. Im Beispiel 2024: 0,561 × 4.560 = 2.558,2, also +6,37 %, im Rundungsbereich +6,26 % bis +6,47 %; angegeben +6,3 % – passt, keine Meldung. Weil der Ersatz nur eine Schätzung ist (Anteil und Bestand stammen nicht aus demselben Zeitraum wie das Ziel), gibt die Regel nur einen Hinweis.",
    names: NAMES,
    needsAllNames: true,
    messages: {
      abweichung: {
        de: "Veränderung LZB ggü. Vorjahr: angegeben {stated, change, decimals}, aus Ziel {target, count} und Vorjahresbestand {share, percent, shareDecimals} × {elb, count} = {previous, number, 1} berechnet {computed, change, decimals} (bei gerundeten Eingaben {lowest, change, 2} bis {highest, change, 2})",
        en: "Change of long-term benefit recipients vs previous year: stated {stated, change, decimals}, from target {target, count} and previous stock {share, percent, shareDecimals} × {elb, count} = {previous, number, 1} computed {computed, change, decimals} (with rounded inputs {lowest, change, 2} to {highest, change, 2})",
      },
      abweichungOffen: {
        de: "Veränderung LZB ggü. Vorjahr: angegeben {stated, change, decimals}, aus Ziel {target, count} und Vorjahresbestand {share, percent, shareDecimals} × {elb, count} = {previous, number, 1} berechnet {computed, change, decimals} (bei gerundeten Eingaben {lowest, change, 2} bis unbegrenzt)",
        en: "Change of long-term benefit recipients vs previous year: stated {stated, change, decimals}, from target {target, count} and previous stock {share, percent, shareDecimals} × {elb, count} = {previous, number, 1} computed {computed, change, decimals} (with rounded inputs {lowest, change, 2} to unbounded)",
      },
    },
  },
  check(ctx) {
    if (ctx.view.figure("ZIE_LZB_VJ")) return []; // the real previous-year stock: ziele/veraenderung-lzb
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const target = f.ZIE_LZB.value;
    const share = f.KUN_Anteil_LZB;
    const hShare = shareHalfUnit(share.formula, share.format, ctx.settings.toleranzen.anteil);
    const [elbLo, elbHi] = interval(f.KUN_ELB);
    const prevLo = Math.max(0, share.value - hShare) * Math.max(0, elbLo);
    const prevHi = (share.value + hShare) * elbHi;
    const prev = share.value * f.KUN_ELB.value;
    if (prev <= 0 || prevHi <= 0) return [];
    const computed: [number, number] = [target / prevHi - 1, prevLo > 0 ? target / prevLo - 1 : Infinity];
    const stated = f.ZIE_LZB_Veraenderung;
    const hStated = halfUnitOf(stated.format) ?? ctx.settings.toleranzen.veraenderung;
    if (overlaps([stated.value - hStated, stated.value + hStated], computed)) return [];
    const d = percentDecimals(stated.format, 1);
    // A rounded share that may be 0 allows a previous stock of 0, and so any increase.
    const bounded = Number.isFinite(computed[1]);
    return [
      {
        messageId: bounded ? "abweichung" : "abweichungOffen",
        data: {
          stated: stated.value,
          decimals: d,
          target,
          share: share.value,
          shareDecimals: percentDecimals(share.format, 1),
          elb: f.KUN_ELB.value,
          previous: prev,
          computed: target / prev - 1,
          lowest: computed[0],
          ...(bounded ? { highest: computed[1] } : {}),
        },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
