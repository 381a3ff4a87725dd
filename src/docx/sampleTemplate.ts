// A sample Word template for `aip docx fill` (docs/dokument.md): a few sentences of the programme with
// placeholders, one of them split across Word runs as Word itself splits text it spell-checks or formats,
// and a table whose row loops over the Förderung table. Built by scripts/make-sample-template.ts, not
// committed as a binary.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from "docx";

const p = (...runs: Array<string | { text: string; bold?: boolean }>) =>
  new Paragraph({ children: runs.map((r) => (typeof r === "string" ? new TextRun(r) : new TextRun(r))) });
const c = (text: string) => new TableCell({ children: [new Paragraph(text)] });

export function sampleTemplateDocx(): Promise<Buffer> {
  const doc = new Document({
    creator: "AIP für Excel",
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: "Arbeitsmarkt- und Integrationsprogramm {AIP_Planjahr}" }),
          p("{AIP_Jobcenter}, Stand {AIP_Stand}"),
          // "{BUD_VH_Gesamt}" in three runs, the middle one bold: the tag is split across runs.
          p("Der Verwaltungshaushalt beträgt ", "{BUD_VH_", { text: "Ges", bold: true }, "amt}", ", das Eingliederungsbudget {BUD_EB_Gesamt}."),
          p("Umgeschichtet werden {BUD_VH_Umschichtung} ({Umschichtungsquote} des Eingliederungstitels von {Eingliederungstitel})."),
          p("Im Jahr {Vorjahr} werden voraussichtlich {ZIE_Integrationen_VJ} Integrationen bei durchschnittlich {ZIE_ELB_VJ} erwerbsfähigen Leistungsberechtigten erzielt; die Integrationsquote beträgt {IQ_VJ|%1}."),
          p("Ziel {AIP_Planjahr}: Integrationsquote {ZIE_IQ} ({ZIE_IQ_Veraenderung} ggü. VJ), Bestand LZB {ZIE_LZB} ({ZIE_LZB_Veraenderung})."),
          p("Die Eintrittsplanung sieht {FOE_Eintritte_Plan_Summe} Förderungen vor."),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: [c("Instrument"), c("Ist {Vorjahr}"), c("Plan {AIP_Planjahr}")] }),
              new TableRow({ children: [c("{#FOE_Tabelle}{Instrument}"), c("{Ist}"), c("{Plan}{/FOE_Tabelle}")] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
