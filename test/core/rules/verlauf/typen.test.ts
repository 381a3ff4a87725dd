// Tests of verlauf/typen: month cells that are no usable figure, MON_ names that cannot be read, foreign rows in MON_Mittel.
import { verlaufTypen } from "../../../../src/core/rules/verlauf/typen";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(verlaufTypen, {
  valid: [
    { name: "das Verlaufsblatt bis Juni", snapshot: () => example().withVerlauf().snapshot() },
    { name: "Euro mit Cent in MON_Mittel", snapshot: () => example().withVerlauf().setCell("Verlauf", "B50", 1632294.5).snapshot() },
  ],
  invalid: [
    {
      name: "Text, negativ, Bruch, Fehlerwert",
      snapshot: () =>
        example().withVerlauf().setCell("Verlauf", "C8", "67 Int.").setCell("Verlauf", "C9", -3).setCell("Verlauf", "C10", 2.5).setCell("Verlauf", "D7", { error: "#N/A" }).snapshot(),
      findings: [
        { rule: "verlauf/typen", severity: "error", messageId: "fehlerwert", data: { name: "MON_LZB", error: "#N/A", month: 2 }, names: ["MON_LZB"], cells: ["Verlauf!D7"], message: "MON_LZB, Februar: Fehlerwert #N/A" },
        { rule: "verlauf/typen", severity: "error", messageId: "text", data: { name: "MON_Integrationen", value: "67 Int.", month: 3 }, names: ["MON_Integrationen"], cells: ["Verlauf!C8"], message: "MON_Integrationen, März: „67 Int.“ ist keine Zahl", messageEn: "MON_Integrationen, March: “67 Int.” is not a number" },
        { rule: "verlauf/typen", severity: "error", messageId: "negativ", data: { name: "MON_Integrationen", value: -3, decimals: 0, month: 4 }, names: ["MON_Integrationen"], cells: ["Verlauf!C9"], message: "MON_Integrationen, April: −3 ist negativ" },
        { rule: "verlauf/typen", severity: "error", messageId: "bruch", data: { name: "MON_Integrationen", value: 2.5, decimals: 2, month: 5 }, names: ["MON_Integrationen"], cells: ["Verlauf!C10"], message: "MON_Integrationen, Mai: 2,50 ist keine ganze Zahl" },
      ],
    },
    {
      name: "MON_ELB mit 12 statt 13 Zellen",
      snapshot: () => example().withVerlauf().setRefersTo("MON_ELB", "=Verlauf!$B$6:$B$17").snapshot(),
      findings: [
        {
          rule: "verlauf/typen",
          severity: "error",
          messageId: "form",
          data: { name: "MON_ELB", rows: 12, cols: 1, expected: 13 },
          names: ["MON_ELB"],
          cells: ["Verlauf!B6"],
          message: "MON_ELB umfasst 12 × 1 Zellen, erwartet 13 Zellen in einer Zeile oder Spalte (Tabellen: 13 Spalten)",
        },
      ],
    },
    {
      name: "MON_LZB verweist auf #REF!, MON_Integrationen nur für ein Blatt",
      snapshot: () => example().withVerlauf().breakName("MON_LZB", "#REF!").makeSheetScoped("MON_Integrationen", "Verlauf").snapshot(),
      findings: [
        { rule: "verlauf/typen", severity: "error", messageId: "blattbezogen", data: { name: "MON_Integrationen" }, names: ["MON_Integrationen"], cells: [] },
        { rule: "verlauf/typen", severity: "error", messageId: "unlesbar", data: { name: "MON_LZB", refersTo: "=#REF!" }, names: ["MON_LZB"], cells: [], message: "MON_LZB verweist auf =#REF! und lässt sich nicht lesen" },
      ],
    },
    {
      name: "eine andere Zeile als Bindungen und Ausgaben in MON_Mittel",
      snapshot: () => example().withVerlauf().setCell("Verlauf", "A50", "Rückflüsse").snapshot(),
      findings: [
        { rule: "verlauf/typen", severity: "error", messageId: "mittelZeile", data: { label: "Rückflüsse" }, names: ["MON_Mittel"], cells: ["Verlauf!A50"], message: "MON_Mittel: Zeile „Rückflüsse“ – erlaubt sind nur „Bindungen“ und „Ausgaben“" },
      ],
    },
  ],
});
