// Writes Word documents with the `docx` package: the programme's four tables (`aip docx tables`) and the
// example programme document (`aip example OUT.docx`: the 2024 programme's text with its tables filled
// from the example workbook). Captions, footers ("Quelle: …") and German number print come from
// src/core/document/programmeTables.ts; this module only lays them out.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ProgrammeTable } from "../core/document/programmeTables";
import type { ProgrammeTextBlock } from "../core/example/programme2024Text";

const FONT = "Arial";
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "A0A0A0" };
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, opts: { bold?: boolean; right?: boolean; indent?: boolean; header?: boolean }): TableCell {
  return new TableCell({
    borders: CELL_BORDERS,
    ...(opts.header ? { shading: { fill: "D9E2F3" } } : {}),
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        ...(opts.indent ? { indent: { left: 284 } } : {}),
        children: [new TextRun({ text, bold: opts.bold || opts.header, font: FONT, size: 20 })],
      }),
    ],
  });
}

/** One programme table: caption, the table, its footer line. */
export function tableBlocks(t: ProgrammeTable): Array<Paragraph | Table> {
  const rows: TableRow[] = [];
  if (t.header.length) rows.push(new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, { header: true, right: i > 0 })) }));
  for (const r of t.rows) {
    rows.push(new TableRow({ children: r.cells.map((c, i) => cell(c, { bold: r.bold, right: i > 0, indent: i === 0 && r.indent })) }));
  }
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: [new TextRun({ text: t.caption, bold: true, font: FONT, size: 22 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ spacing: { before: 60, after: 240 }, children: [new TextRun({ text: t.footer, italics: true, font: FONT, size: 16 })] }),
  ];
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function pack(title: string, children: Array<Paragraph | Table>, headerText: string, footerText: string): Promise<Buffer> {
  const doc = new Document({
    creator: "AIP für Excel",
    title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 16 })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footerText, size: 16 })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** `aip docx tables`: the four tables, one after the other, ready to paste into the programme. */
export function writeTablesDocx(tables: readonly ProgrammeTable[], jobcenter: string, planYear: number | undefined): Promise<Buffer> {
  const title = `Tabellen für das Arbeitsmarkt- und Integrationsprogramm${planYear !== undefined ? ` ${planYear}` : ""}`;
  return pack(title, [new Paragraph({ heading: HeadingLevel.HEADING_1, text: title }), ...tables.flatMap(tableBlocks)], jobcenter, "Erstellt mit AIP für Excel aus der geprüften Planungsmappe");
}

/** The example programme document: title, the text blocks, each table slot filled with its table. */
export function writeProgrammeDocx(
  title: string,
  jobcenter: string,
  text: readonly ProgrammeTextBlock[],
  tables: readonly ProgrammeTable[],
): Promise<Buffer> {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const children: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.TITLE, text: title }), new Paragraph({ text: jobcenter })];
  for (const b of text) {
    if ("heading" in b) children.push(new Paragraph({ heading: HEADINGS[b.level - 1], text: b.heading }));
    else if ("paragraph" in b) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.paragraph })] }));
    else {
      const t = byId.get(b.table);
      if (t) children.push(...tableBlocks(t));
    }
  }
  return pack(title, children, `${title} – ${jobcenter}`, jobcenter);
}
