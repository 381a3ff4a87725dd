// What a reader takes from xl/workbook.xml (the sheet list and the defined names), apart from the XML
// library that ./workbookXml.ts uses, so the lean reader (./lean/) can share the types and scopeOf.
import type { NameScope, SheetInfo } from "../core/snapshot";

export interface RawDefinedName {
  name: string;
  /** The text between the tags, e.g. "Haushalt!$B$7" or "#REF!" (no leading "="). */
  text: string;
  /** Index into the `<sheets>` list when the name is sheet-scoped. */
  localSheetId?: number;
  hidden: boolean;
  /** The name's `comment` attribute (AIP für Excel marks the names it creates, ../core/mapper/marker.ts). */
  comment?: string;
}

export interface WorkbookXml {
  sheets: SheetInfo[];
  /** Each sheet's relationship id (`r:id`, in the same order as `sheets`), naming its part in workbook.xml.rels. */
  sheetRelIds: string[];
  definedNames: RawDefinedName[];
}

/** Scope of a raw name in snapshot terms; an out-of-range localSheetId keeps its number visible. */
export function scopeOf(raw: RawDefinedName, sheets: SheetInfo[]): NameScope {
  if (raw.localSheetId === undefined) return { kind: "workbook" };
  const sheet = sheets[raw.localSheetId]?.name ?? `#${raw.localSheetId}`;
  return { kind: "sheet", sheet };
}
