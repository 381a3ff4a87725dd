// Tests of verlauf/iq-ziel: the year-end projection IQ_VJ × JFW_m / JFW_VJ_m against ZIE_IQ. The example's
// Verlauf sheet (invented figures up to June) lies on the target's path: projection 16,03 % for a target of 16,0 %.
import { verlaufIqZiel } from "../../../../src/core/rules/verlauf/iq-ziel";
import { DEFAULT_SETTINGS, type Settings } from "../../../../src/core/settings";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const withToleranz = (toleranz: number): Settings => ({ ...DEFAULT_SETTINGS, regeln: { "verlauf/iq-ziel": { params: { toleranz } } } });

// June's integrations 58 → 30: integrations Jan–Jun 332 over the mean ELB Dec–May 4.543,33 = JFW 7,307 %;
// last year's same months 8,130 %; projection 16,447 % × 7,307 / 8,130 = 14,78 %.
const JUNE_30 = () => example().withVerlauf().setCell("Verlauf", "C11", 30);

testRule(verlaufIqZiel, {
  valid: [
    { name: "das Beispiel ohne Verlaufsblatt", snapshot: () => example().snapshot() },
    { name: "das Verlaufsblatt bis Juni: Hochrechnung 16,03 % ≥ Ziel 16,0 %", snapshot: () => example().withVerlauf().snapshot() },
    { name: "erst Januar gemeldet, auf dem Pfad", snapshot: () => example().withVerlauf(1).snapshot() },
    { name: "leeres Verlaufsblatt: nichts hochzurechnen", snapshot: () => example().withVerlauf(0).snapshot() },
    { name: "Ziel 16,3 % liegt innerhalb der Toleranz 0,3 %-Pkt.", snapshot: () => example().withVerlauf().set("ZIE_IQ", 0.163).snapshot() },
    { name: "größere Toleranz", snapshot: () => JUNE_30().snapshot(), settings: withToleranz(0.013) },
  ],
  invalid: [
    {
      name: "Juni nur 30 Integrationen",
      snapshot: () => JUNE_30().snapshot(),
      findings: [
        {
          rule: "verlauf/iq-ziel",
          severity: "warning",
          messageId: "verfehlt",
          data: { group: "gesamt", month: 6, jfw: 332 / (27260 / 6), jfwVj: 374 / (27600 / 6), change: 332 / (27260 / 6) / (374 / (27600 / 6)) - 1, iqVj: 750 / 4560, projection: ((750 / 4560) * (332 / (27260 / 6))) / (374 / (27600 / 6)), target: 0.16, gap: 0.16 - ((750 / 4560) * (332 / (27260 / 6))) / (374 / (27600 / 6)), toleranz: 0.003 },
          names: ["MON_Integrationen", "MON_ELB", "MON_Integrationen_VJ", "MON_ELB_VJ", "ZIE_IQ"],
          cells: ["Verlauf!C11", "Ziele!B8"],
          message:
            "Integrationsquote: Hochrechnung zum Jahresende 14,78 % liegt 1,22 %-Pkt. unter dem Ziel 16,0 % (Monate Januar bis Juni: JFW 7,31 % ggü. 8,13 % im Vorjahr, −10,1 %; Hochrechnung IQ_VJ × JFW_m / JFW_VJ_m = 16,45 % × 7,31 % / 8,13 %; Toleranz 0,3 %-Pkt.)",
          messageEn:
            "Integration rate: year-end projection 14.78% is 1.22 pp below the target 16.0% (months January to June: JFW 7.31% vs 8.13% in the previous year, −10.1%; projection IQ_PY × JFW_m / JFW_PY_m = 16.45% × 7.31% / 8.13%; tolerance 0.3 pp)",
        },
      ],
    },
    {
      name: "Vorjahr unvollständig (Dezember leer): ZIE_IQ_VJ steht für die IQ des Vorjahres",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "F17", null).set("ZIE_IQ_VJ", 0.15).snapshot(),
      findings: [
        {
          rule: "verlauf/iq-ziel",
          severity: "warning",
          messageId: "verfehlt",
          data: { group: "gesamt", month: 6, jfw: 360 / (27260 / 6), jfwVj: 374 / (27600 / 6), change: 360 / (27260 / 6) / (374 / (27600 / 6)) - 1, iqVj: 0.15, projection: (0.15 * (360 / (27260 / 6))) / (374 / (27600 / 6)), target: 0.16, gap: 0.16 - (0.15 * (360 / (27260 / 6))) / (374 / (27600 / 6)), toleranz: 0.003 },
          names: ["MON_Integrationen", "MON_ELB", "MON_Integrationen_VJ", "MON_ELB_VJ", "ZIE_IQ", "ZIE_IQ_VJ"],
          cells: ["Verlauf!C11", "Ziele!B8", "Ziele!B5"],
          message: /Hochrechnung zum Jahresende 14,62 % liegt 1,38 %-Pkt\. unter dem Ziel/,
        },
      ],
    },
  ],
});
