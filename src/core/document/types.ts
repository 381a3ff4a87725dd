// A programme document as text, independent of its file format: numbered paragraphs (body, headers,
// footers, footnotes) and tables of cell texts, in document order. src/docx reads a .docx into this form.

export type DocPart = "body" | "header" | "footer" | "footnote";

export interface DocParagraph {
  kind: "paragraph";
  /** 1-based number among the document's paragraphs (all parts, in reading order). */
  number: number;
  part: DocPart;
  text: string;
  /** A heading (Word style "Heading n"/"Überschrift n"/"Title"): its numbers are section numbers. */
  heading?: boolean;
}

export interface DocTable {
  kind: "table";
  /** 1-based number among the document's tables. */
  number: number;
  part: DocPart;
  /** Cell texts, row by row (a cell's paragraphs joined by a space). */
  rows: string[][];
  /** The paragraph just before the table (usually its caption); empty when none. */
  caption: string;
}

export type DocBlock = DocParagraph | DocTable;

export interface ProgrammeDocument {
  blocks: DocBlock[];
}
