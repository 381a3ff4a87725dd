// The contract's names grouped into areas by their prefix (AIP_ → Eckdaten, BUD_ → Haushalt, …). The
// area is what a controller recognises ("Bereich Kunden fehlt"); it is derived, so a new contract name
// lands in its area without a second list to keep in step.
import { CONTRACT, type ContractName } from "./contract";

export type AreaId = "eckdaten" | "haushalt" | "personal" | "foerderung" | "ziele" | "kunden";

export interface Area {
  id: AreaId;
  prefix: string;
  titleDe: string;
  titleEn: string;
}

export const AREAS: readonly Area[] = [
  { id: "eckdaten", prefix: "AIP_", titleDe: "Eckdaten", titleEn: "Key data" },
  { id: "haushalt", prefix: "BUD_", titleDe: "Haushalt", titleEn: "Budget" },
  { id: "personal", prefix: "PER_", titleDe: "Personal", titleEn: "Staff" },
  { id: "foerderung", prefix: "FOE_", titleDe: "Förderung", titleEn: "Funding" },
  { id: "ziele", prefix: "ZIE_", titleDe: "Ziele", titleEn: "Targets" },
  { id: "kunden", prefix: "KUN_", titleDe: "Kunden", titleEn: "Customers" },
];

/** The area of a contract name (by its prefix, case-insensitive), or undefined for a name outside the contract's prefixes. */
export function areaOf(name: string): Area | undefined {
  const upper = name.toUpperCase();
  return AREAS.find((a) => upper.startsWith(a.prefix));
}

// The contract is constant: each area's names are sorted out once, not on every call (coverage asks per rule and per check).
let byArea: ReadonlyMap<AreaId, readonly ContractName[]> | undefined;

/** The contract's names of one area, in contract order. */
export function namesOfArea(id: AreaId): readonly ContractName[] {
  byArea ??= new Map(AREAS.map((a) => [a.id, CONTRACT.filter((c) => areaOf(c.name)?.id === a.id)]));
  return byArea.get(id) ?? [];
}

/**
 * The names of an area that must be there once the area is (namen/fehlt): its contract names with
 * `required` set. An area is present when the workbook defines at least one of its names — in any scope,
 * broken or misspelt ("PER_Beschäftigte") included; a wholly absent area gives one namen/bereich-fehlt
 * instead of a namen/fehlt per name, and a workbook with no area at all gives namen/keine-bereiche.
 */
export function requiredNamesOfArea(id: AreaId): ContractName[] {
  return namesOfArea(id).filter((c) => c.required);
}
