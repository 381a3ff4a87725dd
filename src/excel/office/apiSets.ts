// The Office.js members the Einrichten operations use, and every member above the manifest's minimum that any
// module in src/excel/office uses, with the requirement set Microsoft's reference gives it ("[Api set: …]" in
// @types/office-js). test/excel/apiSets.test.ts compares each row with that file, finds the members the code
// really uses with the TypeScript checker, and fails on a member above the minimum missing here or a row no
// code uses. The manifest asks for ExcelApi 1.7; a member above that is only used after isSetSupported says
// yes, and `fallback` says what happens without it.
export interface OfficeMember {
  member: string;
  set: string;
  fallback?: string;
}

export const MANIFEST_MIN = "1.7";

export const OFFICE_MEMBERS: readonly OfficeMember[] = [
  { member: "Workbook.names", set: "ExcelApi 1.1" },
  { member: "Worksheet.names", set: "ExcelApi 1.4" },
  { member: "Worksheet.tables", set: "ExcelApi 1.1" },
  { member: "Table.name", set: "ExcelApi 1.1" },
  { member: "Table.showHeaders", set: "ExcelApi 1.1" },
  { member: "Table.showTotals", set: "ExcelApi 1.1" },
  { member: "Table.getRange", set: "ExcelApi 1.1" },
  { member: "Worksheet.getUsedRangeOrNullObject", set: "ExcelApi 1.4" },
  { member: "Worksheet.getRange", set: "ExcelApi 1.1" },
  { member: "Range.address", set: "ExcelApi 1.1" },
  { member: "Range.rowCount", set: "ExcelApi 1.1" },
  { member: "Range.columnCount", set: "ExcelApi 1.1" },
  { member: "Range.values", set: "ExcelApi 1.1" },
  { member: "Range.formulas", set: "ExcelApi 1.1" },
  { member: "Range.numberFormat", set: "ExcelApi 1.1" },
  { member: "Range.valueTypes", set: "ExcelApi 1.1" },
  { member: "Range.getMergedAreasOrNullObject", set: "ExcelApi 1.13", fallback: "ohne verbundene Zellen gelesen (der Mapper findet Werte dann nur in der linken oberen Zelle)" },
  { member: "RangeAreas.areas", set: "ExcelApi 1.9", fallback: "nur zusammen mit getMergedAreasOrNullObject (1.13) verwendet; schlägt die Abfrage fehl (über 512 verbundene Bereiche), wird ohne verbundene Zellen gelesen" },
  { member: "NamedItem.name", set: "ExcelApi 1.1" },
  { member: "NamedItem.type", set: "ExcelApi 1.1" },
  { member: "NamedItem.formula", set: "ExcelApi 1.7" },
  { member: "NamedItem.scope", set: "ExcelApi 1.4" },
  { member: "NamedItem.comment", set: "ExcelApi 1.4" },
  { member: "NamedItem.delete", set: "ExcelApi 1.4" },
  { member: "NamedItemCollection.add", set: "ExcelApi 1.4" },
  { member: "Workbook.getSelectedRange", set: "ExcelApi 1.1" },
  { member: "Workbook.protection", set: "ExcelApi 1.7" },
  { member: "WorkbookProtection.protected", set: "ExcelApi 1.7" },
  { member: "Workbook.readOnly", set: "ExcelApi 1.8", fallback: "nur Office.context.document.mode (Common API) sagt, ob die Mappe schreibgeschützt ist" },
  // Beyond Einrichten: marks and the selection of a finding's cells.
  { member: "ConditionalFormatCollection.getItemOrNullObject", set: "ExcelApi 1.14", fallback: "Markierungen werden über ihre Bereiche gefunden (Typ und Formel der bedingten Formate dort), nicht über ihre id" },
  { member: "Worksheet.getRanges", set: "ExcelApi 1.9", fallback: "nur zusammen mit RangeAreas.select (1.18) verwendet" },
  { member: "RangeAreas.select", set: "ExcelApi 1.18", fallback: "nur der erste Bereich eines Befunds wird ausgewählt" },
];

/** Whether this Excel has ExcelApi `version` (without requirements: only the manifest's minimum). */
export function hasExcelApi(requirements: { isSetSupported(name: string, minVersion?: string): boolean } | undefined, version: string): boolean {
  const minor = (v: string) => Number(v.split(".")[1] ?? 0);
  if (!requirements) return minor(version) <= minor(MANIFEST_MIN);
  return requirements.isSetSupported("ExcelApi", version);
}
