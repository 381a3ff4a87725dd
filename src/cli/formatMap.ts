// Output of `aip map`: German text grouped by contract area (high and low marked), or JSON exactly as
// issue 10 §4 specifies: {"file","proposals":[{"name","ref","confidence","label","labelCell","value",
// "reasonId","reason"}],"existing":[names],"missing":[names]}, with reasonId/reason only on low proposals.
import { AREAS, areaOf } from "../core/areas";
import { CONTRACT } from "../core/contract";
import { serialToDate } from "../core/excelDate";
import { formatNumberDe, formatPercentDe } from "../core/format";
import type { MappingResult, Proposal } from "../core/mapper";
import { isCellError, type CellValue } from "../core/snapshot";

export function formatMapJson(file: string, result: MappingResult): string {
  const proposals = result.proposals.map((p) => ({
    name: p.name,
    ref: p.ref,
    confidence: p.confidence,
    label: p.label,
    labelCell: p.labelCell,
    value: p.value,
    ...(p.confidence === "low" ? { reasonId: p.reasonId, reason: p.reason } : {}),
  }));
  return `${JSON.stringify({ file, proposals, existing: result.existing, missing: result.missing }, null, 2)}\n`;
}

function showValue(p: Proposal): string {
  const kind = CONTRACT.find((c) => c.name === p.name)?.kind;
  const v: CellValue = p.value;
  if (kind === "table" && typeof v === "number") return `${v} Zeilen`;
  if (kind === "year" && typeof v === "number" && Number.isInteger(v)) return String(v); // 2025, not 2.025
  if (kind === "date" && typeof v === "number") return serialToDate(v).toISOString().slice(0, 10).split("-").reverse().join(".");
  // A fraction shown as percent; a value in percent units stays as typed (its note says so).
  if ((kind === "share" || kind === "change") && typeof v === "number" && !p.noteId) return formatPercentDe(v, 1);
  if (typeof v === "number") return formatNumberDe(v, Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));
  if (typeof v === "string") return `„${v.length > 40 ? `${v.slice(0, 39)}…` : v}“`;
  if (isCellError(v)) return v.error;
  return String(v);
}

const MARK = { high: "sicher  ", low: "prüfen  " } as const;

export function formatMapText(file: string, result: MappingResult): string {
  const lines: string[] = [`${file}`];
  if (result.planningYear) lines.push(`  Planjahr angenommen: ${result.planningYear.year} (${result.planningYear.from})`);
  for (const note of result.notes) lines.push(`  Hinweis: ${note}`);
  const proposals = new Map(result.proposals.map((p) => [p.name, p]));
  const reasons = new Map(result.missingReasons.map((m) => [m.name, m.reason]));
  const existing = new Set(result.existing);
  const width = Math.max(...CONTRACT.map((c) => c.name.length));
  for (const area of AREAS) {
    const names = CONTRACT.filter((c) => areaOf(c.name)?.id === area.id);
    lines.push("", `${area.titleDe}`);
    for (const { name } of names) {
      const p = proposals.get(name);
      if (existing.has(name)) lines.push(`  vorhanden ${name.padEnd(width)}  (schon definiert, bleibt unverändert)`);
      else if (p) {
        lines.push(`  ${MARK[p.confidence]}${name.padEnd(width)}  ${p.ref} = ${showValue(p)}  ← „${p.label.length > 50 ? `${p.label.slice(0, 49)}…` : p.label}“ (${p.labelCell})`);
        if (p.reason) lines.push(`  ${" ".repeat(8 + width)}  ${p.reason}`);
        if (p.note) lines.push(`  ${" ".repeat(8 + width)}  Hinweis: ${p.note}`);
      } else lines.push(`  fehlt   ${name.padEnd(width)}  ${reasons.get(name) ?? ""}`);
    }
  }
  const high = result.proposals.filter((p) => p.confidence === "high").length;
  const low = result.proposals.length - high;
  lines.push(
    "",
    `${high} sichere Vorschläge, ${low} zu prüfen, ${result.missing.length} ohne Vorschlag, ${result.existing.length} schon definiert.`,
    high > 0 ? "Schreiben: aip map DATEI --write AUSGABE.xlsx (übernimmt die sicheren; weitere mit --mapping ZUORDNUNG.json)" : "",
  );
  return `${lines.filter((l, i, all) => !(l === "" && all[i - 1] === "")).join("\n").trimEnd()}\n`;
}
