// "ges. | Mä | Fr" under figure heads: the part rows typed short. "ges."/"insg." is the total, "Mä"/"männl." the
// men, "Fr"/"weibl." the women — but only as a set: a short form counts when both genders stand in the rows, so a
// lone "Fr" (Freitag, Frist) or "ges." (gesetzlich) names no part. The long forms ("insgesamt", "Männer") as before.
import { isBareTotalLabel } from "./captionTable";
import { genderHead } from "./genderHead";

export type RowPart = "total" | "frauen" | "maenner";

const LONG_TOTAL = /^(alle|summe|total|zusammen)$/;
const SHORT_TOTAL = /^(ges|insg)$/;
const SHORT_MEN = /^(mä|männl|mnl)$/;
const SHORT_WOMEN = /^(fr|weibl|wbl)$/;

/** The part a row label names in its long form, or in a short one (see the file comment: only as a set). */
function partOf(text: string): { part: RowPart; short: boolean } | undefined {
  const t = text.trim().toLowerCase().replace(/[.:]+$/, "").trim();
  if (isBareTotalLabel(text) || LONG_TOTAL.test(t)) return { part: "total", short: false };
  const g = genderHead(text);
  if (g) return { part: g, short: false };
  if (SHORT_TOTAL.test(t)) return { part: "total", short: true };
  if (SHORT_MEN.test(t)) return { part: "maenner", short: true };
  if (SHORT_WOMEN.test(t)) return { part: "frauen", short: true };
  return undefined;
}

/**
 * The parts of consecutive row labels, from the first on, up to the first that names no part; short forms only when
 * the rows read hold both genders (else the rows up to the first short form).
 */
export function partRowLabels(labels: Array<string | undefined>): RowPart[] {
  const read: Array<{ part: RowPart; short: boolean }> = [];
  for (const l of labels) {
    const p = l === undefined ? undefined : partOf(l);
    if (!p) break;
    read.push(p);
  }
  const genders = new Set(read.filter((p) => p.part !== "total").map((p) => p.part));
  if (genders.size === 2) return read.map((p) => p.part);
  const firstShort = read.findIndex((p) => p.short);
  return (firstShort < 0 ? read : read.slice(0, firstShort)).map((p) => p.part);
}
