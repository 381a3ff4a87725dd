// aip docx check on the example programme document and on copies with one figure changed: the example
// gives exactly the published document's own error (458 in the text ≠ 869 in the Förderung table), each
// changed figure is found once with its name and cell, and figures that agree as printed are not reported.
import { checkDocument } from "../../src/core/document";
import { exampleSnapshot } from "../../src/core/example";
import { readDocx } from "../../src/docx/readDocx";
import { docxFromBody, exampleDocx, para, withReplaced } from "./helpers";

const check = async (docx: Uint8Array) => checkDocument(await readDocx(docx, "test.docx"), exampleSnapshot());

describe("aip docx check: the example document", () => {
  it("gives exactly one dokument/zahl warning: 458 in the text against the Plan total 869", async () => {
    const { findings, coverage } = await check(await exampleDocx());
    expect(findings.map((f) => [f.rule, f.severity, f.names, f.cells, f.data.document, f.data.workbook])).toEqual([
      ["dokument/zahl", "warning", ["FOE_Tabelle"], ["Förderung!D3"], "458", "869"],
    ]);
    expect(findings[0].message).toContain("Die Eintrittsplanung für 2024 sieht in einer ersten Aufstellung 458 Förderungen vor.");
    // Every table cell and the text's contract figures were compared, the rest is counted, not dropped.
    expect(coverage.checked).toBeGreaterThanOrEqual(70);
    expect(coverage.unchecked.length).toBe(coverage.figures - coverage.checked);
    expect(coverage.unchecked.every((u) => u.reason === "keine-zuordnung")).toBe(true);
  });

  it("speaks English with --lang en", async () => {
    const { findings } = checkDocument(await readDocx(await exampleDocx(), "x.docx"), exampleSnapshot(), { lang: "en" });
    expect(findings.map((f) => f.message)).toEqual([
      "Paragraph 151: “Die Eintrittsplanung für 2024 sieht in einer ersten Aufstellung 458 Förderungen vor.” states 458, the workbook 869 (Plan total of the Förderung table)",
    ]);
  });

  it("compares the text's figures with the names the issue lists", async () => {
    const { compared } = await check(await exampleDocx());
    const named = (raw: string) => compared.filter((c) => c.figure.printed.raw === raw && c.figure.place.kind === "paragraph").map((c) => c.name);
    expect(named("750")).toEqual(["ZIE_Integrationen_VJ"]);
    expect(named("4.560")).toEqual(["ZIE_ELB_VJ"]);
    expect(named("16,4 %")).toEqual(["ZIE_IQ_VJ"]);
    expect(named("+6,3 %")).toEqual(["ZIE_LZB_Veraenderung"]);
    expect(named("123")).toEqual(["PER_Beschaeftigte"]);
    expect(named("115,0")).toEqual(["PER_VZAE_Gesamt"]);
    expect(named("78 %")).toEqual(["PER_Anteil_BA"]);
    expect(named("22 %")).toEqual(["PER_Anteil_Kommune"]);
    expect(named("86 %")).toEqual(["PER_Anteil_Frauen"]);
    expect(named("14 %")).toEqual(["PER_Anteil_Maenner"]);
    expect(named("458")).toEqual(["FOE_Tabelle", "FOE_Eintritte_Plan"]);
    expect(named("60 %")).toEqual(["KUN_BG_Groesse"]);
    expect(compared.filter((c) => c.name === "KUN_BG_Groesse").map((c) => c.cell)).toEqual(["Kunden!B11", "Kunden!B12", "Kunden!B13"]);
  });
});

describe("aip docx check: one figure changed is found once", () => {
  const cases: Array<{ what: string; from: string; to: string; nth?: number; rule: string; name: string; cell: string }> = [
    { what: "a budget amount", from: "1.606.442", to: "1.606.443", rule: "dokument/tabelle", name: "BUD_VH_KFA", cell: "Haushalt!B10" },
    { what: "a VZÄ area", from: "39,8", to: "38,9", rule: "dokument/tabelle", name: "PER_VZAE_Bereiche", cell: "Personal!B13" },
    { what: "the IQ in the text, 16,4 % → 16,5 %", from: "16,4 %", to: "16,5 %", rule: "dokument/zahl", name: "ZIE_IQ_VJ", cell: "Ziele!B5" },
    { what: "a Förderung table cell", from: ">371<", to: ">372<", rule: "dokument/tabelle", name: "FOE_Tabelle", cell: "Förderung!D8" },
    { what: "a target change", from: "+4,1", to: "+4,2", rule: "dokument/tabelle", name: "ZIE_LZB_Maenner_Veraenderung", cell: "Ziele!C12" },
    { what: "the LZB rise in the text", from: "Anstieg der LZB von +6,3 %", to: "Anstieg der LZB von +6,8 %", rule: "dokument/zahl", name: "ZIE_LZB_Veraenderung", cell: "Ziele!C11" },
    { what: "a household share in the text", from: "60 % der BGen", to: "65 % der BGen", rule: "dokument/zahl", name: "KUN_BG_Groesse", cell: "Kunden!B11" },
    { what: "the staff count in the text", from: "123 Mitarbeiter", to: "124 Mitarbeiter", rule: "dokument/zahl", name: "PER_Beschaeftigte", cell: "Personal!B3" },
  ];
  it.each(cases)("$what", async ({ from, to, nth, rule, name, cell }) => {
    const docx = await withReplaced(await exampleDocx(), from.replace(/[<>]/g, ""), to.replace(/[<>]/g, ""), nth);
    const { findings } = await check(docx);
    const others = findings.filter((f) => !(f.rule === "dokument/zahl" && f.data.document === "458"));
    expect(others.map((f) => [f.rule, f.names, f.cells])).toEqual([[rule, [name], [cell]]]);
    expect(others[0].severity).toBe(rule === "dokument/tabelle" ? "error" : "warning");
  });
});

describe("aip docx check: rounding as printed and another Jobcenter's wording", () => {
  const textCheck = async (...paragraphs: string[]) => check(await docxFromBody(paragraphs.map((p) => para(p)).join("")));

  it("16,4 %, 16 % with rund, and 16,45 % agree with 16,447 %; 16,5 % and 16,3 % do not", async () => {
    const agree = await textCheck(
      "Die damit erzielte Integrationsquote (IQ) beträgt 16,4 %.",
      "Die im Vorjahr erzielte Integrationsquote lag bei rund 16 %.",
      "Die erzielte IQ beträgt 16,45 %.",
    );
    expect(agree.findings).toEqual([]);
    expect(agree.compared.map((c) => c.name)).toEqual(["ZIE_IQ_VJ", "ZIE_IQ_VJ", "ZIE_IQ_VJ"]);
    const disagree = await textCheck("Die damit erzielte Integrationsquote (IQ) beträgt 16,5 %.", "Die erzielte Integrationsquote beträgt 16,3 %.");
    expect(disagree.findings.map((f) => f.data.workbook)).toEqual(["16,4 %", "16,4 %"]);
  });

  it("reads the figures of a text in other words", async () => {
    const r = await textCheck(
      "Für das Jahr 2024 sind insgesamt 869 Eintritte in Förderungen geplant.",
      "Der Verwaltungshaushalt beträgt 9.994.076 €.",
      "Das Jobcenter beschäftigt 123 Mitarbeiterinnen und Mitarbeiter auf 115,0 Vollzeitstellen.",
      "Die Integrationsquote soll 2024 auf 16,0 % sinken.",
    );
    expect(r.compared.map((c) => [c.name, c.agrees])).toEqual([
      ["FOE_Tabelle", true],
      ["FOE_Eintritte_Plan", false],
      ["BUD_VH_Gesamt", true],
      ["PER_Beschaeftigte", true],
      ["PER_VZAE_Gesamt", true],
      ["ZIE_IQ", true],
    ]);
    // 869 agrees with the table; the workbook's FOE_Eintritte_Plan (458, a copy of the old text) does not.
    expect(r.findings.map((f) => f.names)).toEqual([["FOE_Eintritte_Plan"]]);
  });

  it("reads target figures by gender and the LZB stock in running text", async () => {
    const r = await textCheck(
      "Die Integrationsquote der Frauen soll 2024 bei 12,7 % liegen, die der Männer bei 19,5 %.",
      "Für die Integrationsquote der Männer rechnen wir mit einem Rückgang um 3,6 %.",
      "Der Bestand an Langzeitleistungsbeziehenden soll im Jahresdurchschnitt 2.721 betragen, darunter 1.420 LZB Frauen.",
    );
    expect(r.compared.map((c) => [c.name, c.agrees])).toEqual([
      ["ZIE_IQ_Frauen", true],
      ["ZIE_IQ_Maenner", true],
      ["ZIE_IQ_Maenner_Veraenderung", true],
      ["ZIE_LZB", true],
      ["ZIE_LZB_Frauen", true],
    ]);
  });

  it("reads tables in another Jobcenter's wording, by meaning", async () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p></w:tc>`;
    const table = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
    const body =
      para("Haushalt") +
      table([["VWH gesamt", "9.994.076 €"], ["davon KoFi", "1.606.442 €"], ["EGT inkl. BEZ", "2.970.357 €"], ["Vorbelastungen", "1.632.294 €"], ["Neu-Bewilligungen", "1.338.063 €"]]) +
      para("Ziele") +
      table([["", "Ziel 24", "Veränd. ggü. VJ"], ["Integrationsquote (JFW)", "16,0 %", "-2,5 %"], ["darunter Frauen", "12,7 %", "-0,9 %"], ["LZB-Bestand (JDW)", "2.721", "+6,3 %"]]);
    const r = await check(await docxFromBody(body));
    expect(r.compared.map((c) => c.name)).toEqual([
      "BUD_VH_Gesamt", "BUD_VH_KFA", "BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen",
      "ZIE_IQ", "ZIE_IQ_Veraenderung", "ZIE_IQ_Frauen", "ZIE_IQ_Frauen_Veraenderung", "ZIE_LZB", "ZIE_LZB_Veraenderung",
    ]);
    // −0,9 % for women where the workbook says −0,8 %: one table error, nothing else.
    expect(r.findings.map((f) => [f.rule, f.severity, f.names, f.cells, f.data.place])).toEqual([
      ["dokument/tabelle", "error", ["ZIE_IQ_Frauen_Veraenderung"], ["Ziele!C10"], "Tabelle 2, Zeile 3, Spalte „Veränd. ggü. VJ“"],
    ]);
  });

  it("skips tracked deletions and reads insertions", async () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Die Gesamtbeschäftigtenzahl beträgt </w:t></w:r>` +
      `<w:del w:id="1" w:author="x"><w:r><w:delText>130</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="x"><w:r><w:t>123</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> Mitarbeiter.</w:t></w:r></w:p>`;
    const r = await check(await docxFromBody(body));
    expect(r.compared.map((c) => [c.name, c.figure.printed.raw, c.agrees])).toEqual([["PER_Beschaeftigte", "123", true]]);
  });

  it("reads headers, footers and footnotes", async () => {
    const part = (root: string, text: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${text}</w:${root}>`;
    const docx = await docxFromBody(para("Text."), {
      "word/header1.xml": part("hdr", para("Kopf: 123 Mitarbeiter")),
      "word/footer1.xml": part("ftr", para("Fuß: 124 Mitarbeiter")),
      "word/footnotes.xml": part("footnotes", `<w:footnote w:id="1">${para("Fußnote: 125 Mitarbeiter")}</w:footnote>`),
    });
    const doc = await readDocx(docx, "t.docx");
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? [b.part, b.text] : []))).toEqual([
      ["body", "Text."],
      ["header", "Kopf: 123 Mitarbeiter"],
      ["footer", "Fuß: 124 Mitarbeiter"],
      ["footnote", "Fußnote: 125 Mitarbeiter"],
    ]);
    const r = checkDocument(doc, exampleSnapshot());
    expect(r.findings.map((f) => f.data.place)).toEqual(["Absatz 3 (Fußzeile)", "Absatz 4 (Fußnote)"]);
  });
});
