// Gender as a column head ("Frauen", "männlich") and the columns of a figure's own part under such heads: read
// by the single-figure finder (./findCells.ts) and the gender readers of rows, columns and tables.
import { contractName } from "../contract";
import type { LabelSpec } from "./labels";
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

/** The part a column head names: "Frauen"/"weiblich" or "Männer"/"männlich" (a head of its own, not a longer label). */
export function genderHead(text: string | undefined): "frauen" | "maenner" | undefined {
  const f = fold(text ?? "").replace(/\b(in )?%|\b(anteil|quote|anzahl|davon|darunter)\b/g, " ").trim();
  if (/^(frauen|weiblich|w|female|women)$/.test(f)) return "frauen";
  if (/^(maenner|maennlich|m|male|men)$/.test(f)) return "maenner";
  return undefined;
}

/**
 * Gender in columns ("Integrationsquote | gesamt | Frauen | Männer" under "Ist 2024 | Ziel 2025"): a figure
 * takes only the columns of its own part — the total the columns without a gender head, "IQ Frauen" (read
 * from label and head) the "Frauen" columns.
 */
export function byGenderHead<C extends { header: ColumnHeader | undefined }>(spec: LabelSpec, columns: C[], columnBreaks?: (column: C) => boolean): C[] {
  const parts = columns.map((c) => genderHead(c.header?.text));
  if (!parts.some((p) => p !== undefined)) return columns;
  // A figure the contract does not split by gender ("LZB-Anteil", "U25-Anteil Alo") with its one number under a
  // gender head whose column runs blank between them: that head is another block's ("IQ Ziel | Frauen | Männer"
  // above the customer rows); the number stands under no head of its own.
  if (columns.length === 1 && parts[0] !== undefined && columnBreaks?.(columns[0]) && !hasGenderParts(spec)) return [{ ...columns[0], header: undefined }];
  const name = fold(Object.values(spec.names)[0] ?? "");
  const own = /\bfrauen\b/.test(name.replace(/_/g, " ")) ? "frauen" : /\bmaenner\b/.test(name.replace(/_/g, " ")) ? "maenner" : undefined;
  return columns.filter((_, i) => parts[i] === own);
}

/** Whether a figure has parts by gender in the contract (ZIE_IQ: ZIE_IQ_Frauen) or is such a part itself. */
function hasGenderParts(spec: LabelSpec): boolean {
  return Object.values(spec.names).some((n) => n !== undefined && (/_(frauen|maenner)(_|$)/i.test(n) || contractName(`${n}_Frauen`) !== undefined || contractName(`${n.replace(/_Veraenderung$|_VJ$/, "")}_Frauen`) !== undefined));
}
