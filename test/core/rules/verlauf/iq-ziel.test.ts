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

/**
 * Women's series in free columns of the Verlauf sheet (O = ELB, P = integrations this year; Q, R the previous
 * year): 2.300 women each month, 25 integrations a month last year (IQ 300 / 2.300 = 13,04 %), 20 this year
 * up to June (JFW 120 / 2.300 = 5,22 % against 150 / 2.300 = 6,52 %): projection 13,04 % × 0,8 = 10,43 %.
 */
const WOMEN = () => {
  const e = example().withVerlauf();
  for (let r = 5; r <= 17; r++) {
    e.setCell("Verlauf", `Q${r}`, 2300);
    if (r <= 11) e.setCell("Verlauf", `O${r}`, 2300);
    if (r >= 6) e.setCell("Verlauf", `R${r}`, 25);
    if (r >= 6 && r <= 11) e.setCell("Verlauf", `P${r}`, 20);
  }
  return e
    .addWorkbookDuplicate("MON_ELB_Frauen", "=Verlauf!$O$5:$O$17")
    .addWorkbookDuplicate("MON_Integrationen_Frauen", "=Verlauf!$P$6:$P$17")
    .addWorkbookDuplicate("MON_ELB_Frauen_VJ", "=Verlauf!$Q$5:$Q$17")
    .addWorkbookDuplicate("MON_Integrationen_Frauen_VJ", "=Verlauf!$R$6:$R$17");
};

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
      name: "Frauen: Hochrechnung 10,43 % ggü. Ziel 12,7 %",
      snapshot: () => WOMEN().snapshot(),
      findings: [
        {
          rule: "verlauf/iq-ziel",
          severity: "warning",
          messageId: "verfehlt",
          data: { group: "frauen", month: 6, jfw: 120 / 2300, jfwVj: 150 / 2300, change: 120 / 2300 / (150 / 2300) - 1, iqVj: 300 / 2300, projection: ((300 / 2300) * (120 / 2300)) / (150 / 2300), target: 0.127, gap: 0.127 - ((300 / 2300) * (120 / 2300)) / (150 / 2300), toleranz: 0.003 },
          names: ["MON_Integrationen_Frauen", "MON_ELB_Frauen", "MON_Integrationen_Frauen_VJ", "MON_ELB_Frauen_VJ", "ZIE_IQ_Frauen"],
          cells: ["Verlauf!P11", "Ziele!B10"],
          message: /^Integrationsquote Frauen: Hochrechnung zum Jahresende 10,43 % liegt 2,27 %-Pkt\. unter dem Ziel 12,7 %/,
          messageEn: /^Integration rate women: year-end projection 10\.43% is 2\.27 pp below the target 12\.7%/,
        },
      ],
    },
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
