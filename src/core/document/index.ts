// The programme document against the workbook: figures in text and tables, their comparison at the
// printed precision, the placeholder catalogue for filling a Word template, and the programme's tables.
// Pure: no file format (src/docx reads and writes .docx).
export * from "./types";
export { checkDocument, DOCUMENT_RULES, placeText, type DocumentCheckResult, type DocumentCoverage, type DocumentRuleMeta, type UncheckedFigure } from "./check";
export { findNumbers, parseCellNumber, compareAsPrinted, type PrintedNumber } from "./numbers";
export { figureNamesFor, type NameHit } from "./figureNames";
export { textFigures, sentences, type StatedFigure, type FigureTarget, type FigurePlace } from "./textFigures";
export { tableFigures } from "./tableFigures";
export { programmeTables, type ProgrammeTable, type ProgrammeTableRow } from "./programmeTables";
