// Which names to define when a mapping is applied: every "high" proposal, then the user's own entries
// (`{"NAME": "'Sheet'!$B$3", "OTHER": null}`; null = do not define), which may also replace a contract
// name already defined. Shared by `aip map --write`, `aip check --map` and the Excel pane.
import { cellA1, parseRange, quoteSheet, splitAddress } from "../address";
import { CONTRACT, contractName } from "../contract";
import type { ExistingName, MappingResult } from "./types";
import { MAPPER_MARKER, markerComment } from "./marker";

export type MappingOverrides = Record<string, string | null>;

export interface NameAssignment {
  name: string;
  /** Absolute reference without "=", e.g. "'Budget 2024'!$B$3". */
  ref: string;
  source: "vorschlag" | "zuordnung";
  /** The comment to write: the add-in's marker, with the replaced definition when there is one (./marker.ts). */
  comment?: string;
  /** The existing definition this one replaces ("=Alt!$A$1"), if any. */
  replaces?: string;
}

/** "Budget!b3", "='Budget 2024'!$B$3:$C$4" → "'Budget 2024'!$B$3:$C$4" with the sheet's own spelling, or an error text. */
export function normalizeRef(ref: string, sheetNames: readonly string[]): { ref: string } | { error: string } {
  const text = ref.trim().replace(/^=/, "");
  const { sheet, range } = splitAddress(text);
  if (!sheet) return { error: `„${ref}“ nennt kein Blatt (z. B. 'Budget 2024'!$B$3).` };
  const own = sheetNames.find((s) => s.toLowerCase() === sheet.toLowerCase());
  if (!own) return { error: `Das Blatt „${sheet}“ aus „${ref}“ gibt es in der Mappe nicht.` };
  let corners: ReturnType<typeof parseRange>;
  try {
    corners = parseRange(range.replace(/\$/g, ""));
  } catch {
    return { error: `„${ref}“ ist kein Zellbezug.` };
  }
  const abs = (c: { row: number; col: number }) => cellA1(c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = abs(corners.start);
  const b = abs(corners.end);
  return { ref: `${quoteSheet(own)}!${a === b ? a : `${a}:${b}`}` };
}

/**
 * The names to define: high proposals, then `overrides`. Errors (unknown names, bad references) are
 * returned as German lines; nothing is applied when there is one.
 */
export function planNames(
  result: MappingResult,
  overrides: MappingOverrides,
  sheetNames: readonly string[],
  existing: readonly ExistingName[],
): { assignments: NameAssignment[]; errors: string[] } {
  const errors: string[] = [];
  const byName = new Map<string, NameAssignment>();
  for (const p of result.proposals) if (p.confidence === "high") byName.set(p.name, { name: p.name, ref: p.ref, source: "vorschlag" });
  const definedNames = existing.filter((n) => !n.scope || n.scope.kind === "workbook");
  const defined = new Map(definedNames.map((n) => [n.name.toUpperCase(), n.refersTo ?? ""]));
  const definedComment = new Map(definedNames.map((n) => [n.name.toUpperCase(), n.comment]));
  for (const [key, value] of Object.entries(overrides)) {
    const entry = contractName(key);
    if (!entry) {
      errors.push(`„${key}“ ist kein Name des Vertrags (aip rules --format markdown listet sie).`);
      continue;
    }
    if (value === null) {
      byName.delete(entry.name);
      continue;
    }
    if (typeof value !== "string") {
      errors.push(`${entry.name}: erwartet wird ein Bezug als Text oder null, nicht ${JSON.stringify(value)}.`);
      continue;
    }
    const norm = normalizeRef(value, sheetNames);
    if ("error" in norm) {
      errors.push(`${entry.name}: ${norm.error}`);
      continue;
    }
    const old = defined.get(entry.name.toUpperCase());
    // A replaced definition is kept in the new name's comment, so "Zuordnung entfernen" restores it (./marker.ts).
    const oldComment = definedComment.get(entry.name.toUpperCase());
    const comment = old === undefined ? MAPPER_MARKER : markerComment([{ formula: old, ...(oldComment ? { comment: oldComment } : {}) }]);
    if (comment === undefined) {
      errors.push(`${entry.name}: die bisherige Definition ${old} ist zu lang, um sie im Kommentar des Namens (höchstens 255 Zeichen) aufzuheben; bitte in Excel ändern.`);
      continue;
    }
    byName.set(entry.name, { name: entry.name, ref: norm.ref, source: "zuordnung", comment, ...(old !== undefined ? { replaces: old } : {}) });
  }
  // Contract order, so the written file and the output list names the same way every time.
  const order = new Map(CONTRACT.map((c, i) => [c.name, i]));
  const assignments = [...byName.values()].sort(
    (a, b) => (order.get(a.name) ?? 1e6) - (order.get(b.name) ?? 1e6) || a.name.localeCompare(b.name),
  );
  return { assignments, errors };
}
