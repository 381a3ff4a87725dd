// Tests of hinweis/veraenderung-lzb-anteil: without ZIE_LZB_VJ, the stated change vs target / (KUN_Anteil_LZB × KUN_ELB) − 1, as a hint.
import { hinweisVeraenderungLzbAnteil } from "../../../../src/core/rules/hinweis/veraenderung-lzb-anteil";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const NAMES = ["ZIE_LZB_Veraenderung", "ZIE_LZB", "KUN_Anteil_LZB", "KUN_ELB"];

testRule(hinweisVeraenderungLzbAnteil, {
  valid: [
    { name: "das Beispiel: +6,3 % bei 6,27–6,46 %", snapshot: () => example().snapshot() },
    { name: "+6,4 % passt ebenso", snapshot: () => changeExample({ ZIE_LZB_Veraenderung: 0.064 }) },
    { name: "mit ZIE_LZB_VJ prüft ziele/veraenderung-lzb, kein Ersatz", snapshot: () => example().withPreviousYear().set("KUN_Anteil_LZB", 0.6).snapshot() },
    {
      // 0,0 % (0 bis 0,05 %) × 4.560 lässt jeden Anstieg ab 2.721 / 2,28 − 1 ≈ +119.250 % zu.
      name: "Anteil 0,04 % (gedruckt 0,0 %): ein sehr großer Anstieg passt",
      snapshot: () => changeExample({ KUN_Anteil_LZB: 0.0004, ZIE_LZB_Veraenderung: 1500 }),
    },
  ],
  invalid: [
    {
      name: "+8,0 %",
      snapshot: () => changeExample({ ZIE_LZB_Veraenderung: 0.08 }),
      findings: [
        {
          rule: "hinweis/veraenderung-lzb-anteil",
          severity: "info", messageId: "abweichung", data: { stated: 0.08, decimals: 1, target: 2721, share: 0.561, shareDecimals: 1, elb: 4560, previous: 2558.1600000000003, computed: 0.06365512712261934, lowest: 0.06259145984582659, highest: 0.06472071771019694 },
          names: NAMES,
          cells: ["Ziele!C11", "Ziele!B11", "Kunden!B5", "Kunden!B3"],
          message: /angegeben \+8,0 %, aus Ziel 2\.721 und Vorjahresbestand 56,1 % × 4\.560 = 2\.558,2 berechnet \+6,4 %/,
        },
      ],
    },
    {
      // As a formula the share is exact: 6,36–6,37 % (ELB ± 0,5), and +6,3 % (6,25–6,35 %) no longer fits.
      name: "Anteil als Formel genau: +6,3 % passt nicht mehr",
      snapshot: () => example().setFormula("KUN_Anteil_LZB", "=2558.16/4560", 0.561).snapshot(),
      findings: [{ rule: "hinweis/veraenderung-lzb-anteil", severity: "info", messageId: "abweichung", data: { stated: 0.063, decimals: 1, target: 2721, share: 0.561, shareDecimals: 1, elb: 4560, previous: 2558.1600000000003, computed: 0.06365512712261934, lowest: 0.06353851105781039, highest: 0.06377176876393098 }, names: NAMES }],
    },
    {
      // The share 0,0 % allows a previous stock of 0, so the change has no upper bound; −50 % is still far
      // below the smallest possible change, and the message must not print "Infinity".
      name: "Anteil 0,04 % und −50 %",
      snapshot: () => changeExample({ KUN_Anteil_LZB: 0.0004, ZIE_LZB_Veraenderung: -0.5 }),
      findings: [
        {
          rule: "hinweis/veraenderung-lzb-anteil",
          severity: "info", messageId: "abweichungOffen", data: { stated: -0.5, decimals: 1, target: 2721, share: 0.0004, shareDecimals: 1, elb: 4560, previous: 1.824, computed: 1490.7763157894735, lowest: 661.9390052260352 },
          names: NAMES,
          message: /^Veränderung LZB ggü\. Vorjahr: angegeben −50,0 %, .*\(bei gerundeten Eingaben \+[\d.,]+ % bis unbegrenzt\)$/,
        },
      ],
    },
    {
      name: "Anteil 60 %",
      snapshot: () => changeExample({ KUN_Anteil_LZB: 0.6 }),
      findings: [{ rule: "hinweis/veraenderung-lzb-anteil", severity: "info", messageId: "abweichung", data: { stated: 0.063, decimals: 1, target: 2721, share: 0.6, shareDecimals: 1, elb: 4560, previous: 2736, computed: -0.005482456140350922, lowest: -0.006419475931004559, highest: -0.004543849413569001 }, names: NAMES }],
    },
  ],
});
