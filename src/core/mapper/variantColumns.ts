// Alternatives of one programme side by side in one head row: "Variante A (Entwurf GF) | Variante B –
// TV-Beschluss vom 03.12.2025", "optimistisch | realistisch (gewählt) | pessimistisch", "Stand 15.09. | Stand
// 20.11. (final)", "Vorschlag GF | Beschluss TV". They are values of the same year and role; the one marked as
// chosen (./chosenWords.ts) is the programme's, the others are no rivals and no year at all. A date in the chosen
// head dates the decision, not the figure's year. Without a marked choice this module says nothing (the row's
// several numbers stay unsure). A change column ("Veränderung ggü. VJ (realistisch)", "Diff. B − A") is no
// alternative. Read by ./versionColumns.ts (versionHeadRole) beside its draft/final reading.
import { readColumn } from "../columnRoles";
import { namesChosen, namesNotChosen } from "./chosenWords";
import { fold, yearsIn } from "./normalize";

/** Words naming a head as one of several alternatives (folded). */
const ALTERNATIVE =
  /\b(variante\w*|var|szenari\w*|scenario\w*|version|fassung|stand|vorschlag\w*|beschluss\w*|\w*entwurf\w*|basisplanung|optimistisch\w*|realistisch\w*|pessimistisch\w*|alternative\w*|option)\b/;

/** A date or month/year in a head ("vom 03.12.2025", "Stand 11/2025"): it dates a version, names no figure's year. */
const DATE = /\b\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d\d\b)?|\b\d{1,2}\/(?:19|20)\d\d\b/g;

/** The head without its dates. */
export function withoutDates(head: string): string {
  return head.replace(DATE, " ");
}

interface Alternative {
  chosen: boolean;
  year: number | undefined;
}

/** How a head reads as an alternative: undefined when it is none (no variant word, or a change or Ist column). */
function alternativeOf(head: string): Alternative | undefined {
  const plain = withoutDates(head);
  const f = fold(plain);
  const chosen = namesChosen(f);
  if (!chosen && !ALTERNATIVE.test(f)) return undefined;
  const kind = readColumn(f).kind;
  if (kind === "change" || kind === "ist" || kind === "attainment") return undefined;
  const years = [...new Set(yearsIn(f))];
  return { chosen: chosen && !namesNotChosen(f), year: years.length === 1 ? years[0] : undefined };
}

/** Whether a head names its column as one of several alternatives ("Plan 2026 Stand 15.09.", "Plan Var. II", "final"). */
export function namesAlternative(head: string): boolean {
  return alternativeOf(head) !== undefined;
}

/** Whether a head names a variant or a choice in words, also a change column's ("Veränderung ggü. VJ (realistisch)"). */
export function namesVariantWord(head: string): boolean {
  const f = fold(withoutDates(head));
  return ALTERNATIVE.test(f) || namesChosen(f);
}

/** Two alternatives are of one year unless both name a year and the years differ. */
const sameYear = (a: Alternative, b: Alternative) => a.year === undefined || b.year === undefined || a.year === b.year;

/** `head` and its alternatives in the row when two or more and none marked as chosen (a remark may choose: ./choiceRemark.ts). */
export function unmarkedAlternatives(head: string, others: readonly string[]): string[] | undefined {
  const own = alternativeOf(head);
  if (!own || own.chosen) return undefined;
  const rivals = others.filter((t) => {
    const a = alternativeOf(t);
    return a !== undefined && sameYear(a, own);
  });
  if (rivals.length === 0 || rivals.some((t) => alternativeOf(t)!.chosen)) return undefined;
  return [head, ...rivals].map(withoutDates);
}

/**
 * The role of `head` among the alternatives of its head row (`others`: the row's other heads): "chosen" when it is
 * the one alternative marked as chosen, "none" when another one is; undefined when the row holds no alternatives
 * to it or none (or several) of them is marked.
 */
export function variantRole(head: string, others: readonly string[]): "chosen" | "none" | undefined {
  const own = alternativeOf(head);
  if (!own) return undefined;
  const rivals = others.map(alternativeOf).filter((a): a is Alternative => a !== undefined && sameYear(a, own));
  if (rivals.length === 0) return undefined;
  const chosen = [own, ...rivals].filter((a) => a.chosen).length;
  if (chosen !== 1) return undefined;
  return own.chosen ? "chosen" : "none";
}
