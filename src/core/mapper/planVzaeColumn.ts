// A staff table by area with several number columns ("Bereich | Köpfe | Ist-VZÄ 31.12.2024 | Soll-VZÄ 2025 |
// dav. BA | dav. kommunal", "Bereich | VZÄ 2025 | VZÄ 2026", "Fachbereich | Soll-VZÄ 2025 | Ist-VZÄ 2024 |
// Abweichung"): the programme plans the planning year's staff, so its VZÄ column holds the areas' VZÄ when every
// other column is plainly something else — a head count, a share, a part (a "davon" column, or the Träger's
// columns adding up to it row by row), a change, or an Ist or earlier year's column. An undated Ist beside an
// undated plan may be one year's Soll and Ist: that stays for the user (./planBesideIst.ts).
// Posts ("Stellen (Soll)", "Stellen laut Stellenplan") beside a column naming VZÄ are the Stellenplan, not the
// staff the programme counts; of two plan columns the one naming the programme ("Plan VZÄ 2025 (AIP)") is its plan
// beside a Soll from elsewhere ("Soll VZÄ (Bemessung)") — as ./staffPlanColumn.ts reads single staff figures.
import { COLUMN_WORDS, readColumn } from "../columnRoles";
import { fold } from "./normalize";

const PART_HEAD = /^(davon|darunter|dar|dav)\b/;
/** A column of one Träger's staff ("BA-Personal", "kommunales Personal", "VZÄ Landkreis"). */
const TRAEGER_HEAD = /\b(ba|bund|agentur|kommun\w*|landkreis\w*|kreis\w*|stadt|traeger\w*)\b/;

/** Posts of a Stellenplan: "Stellen", "Planstellen", "Stellenplan" without the VZÄ's own word. */
const POSTS_HEAD = /\b(stellen|planstellen|stellenplan\w*|soll ?stellen)\b/;
const VZAE_WORD = /\b(vzae|vollzeitaequivalent\w*|fte)\b/;
/** A head naming the programme as the plan's source ("(AIP)", "lt. AIP", "AIP-Planung"). */
const PROGRAMME_HEAD = /\b(aip|programm\w*)\b/;

/** A head naming money: a cost word (also in a compound, "Personalkosten"), the euro or its sign. */
const MONEY_HEAD = /\w*kosten\b|€|\beur\b|\beuro\b/;

type Kind = "plan" | "heads" | "aside" | "traeger" | "posts" | "other";

function kindOf(head: string, inPercent: boolean, planYear: number): Kind {
  const f = fold(head);
  const read = readColumn(head);
  if (inPercent || COLUMN_WORDS.share.test(f) || PART_HEAD.test(f)) return "aside";
  // Money beside the staff ("Personalkosten 2025 (€)", "Kosten in EUR"): never a column of VZÄ.
  if (MONEY_HEAD.test(head.toLowerCase()) || COLUMN_WORDS.money.test(f)) return "aside";
  if (read.kind === "change" || read.kind === "attainment") return "aside";
  // Ist, a forecast or an earlier year: past only when it says so by an earlier year or the previous year's word.
  if (read.kind === "ist" || read.kind === "prognose") return (read.year !== undefined && read.year < planYear) || /\b(vorjahr\w*|vj)\b/.test(f) ? "aside" : "other";
  if (read.year !== undefined && read.year !== planYear) return read.year < planYear ? "aside" : "other";
  if (COLUMN_WORDS.heads.test(f) && !COLUMN_WORDS.vzae.test(f)) return "heads";
  if (POSTS_HEAD.test(f) && !VZAE_WORD.test(f)) return "posts";
  if (TRAEGER_HEAD.test(f) && !COLUMN_WORDS.total.test(f)) return "traeger";
  if (read.kind === "plan" || read.kind === "vzae") return "plan";
  return "other";
}

/**
 * The planning year's VZÄ column of an area table's number columns (and its one head count column), or undefined
 * when the heads do not make it plain. `number(row, col)` reads the table's rows `rows`.
 */
export function planVzaeColumn(
  cols: readonly number[],
  headOf: (col: number) => string | undefined,
  inPercent: (col: number) => boolean,
  planYear: number | undefined,
  rows: readonly number[],
  number: (row: number, col: number) => number | undefined,
): { vzae: number; heads?: number } | undefined {
  if (planYear === undefined || cols.length < 2) return undefined;
  const kinds = cols.map((c) => {
    const head = headOf(c);
    return head === undefined ? "other" : kindOf(head, inPercent(c), planYear);
  });
  if (kinds.includes("other")) return undefined;
  let plans = cols.filter((_, i) => kinds[i] === "plan");
  // Posts are aside only beside a column naming VZÄ; alone they may be the table's VZÄ ("Stellen 2025").
  const posts = cols.filter((_, i) => kinds[i] === "posts");
  if (posts.length > 0 && !plans.some((c) => VZAE_WORD.test(fold(headOf(c) ?? "")))) return undefined;
  // "Plan-VZÄ 2025 | Soll lt. Stellenplan": two plans side by side stay open; a Soll of posts beside the VZÄ
  // without a plan word ("Stellen (Soll) | VZÄ") is the Stellenplan beside the staff.
  const planWord = (c: number) => readColumn(headOf(c) ?? "").kind === "plan";
  if (posts.some(planWord) && plans.some(planWord)) return undefined;
  const programme = plans.filter((c) => PROGRAMME_HEAD.test(fold(headOf(c) ?? "")));
  if (plans.length > 1 && programme.length === 1) plans = programme;
  const heads = cols.filter((_, i) => kinds[i] === "heads");
  if (plans.length !== 1 || heads.length > 1) return undefined;
  // The Träger's columns are parts only when together they make up the plan column in every row.
  const traeger = cols.filter((_, i) => kinds[i] === "traeger");
  if (traeger.length > 0) {
    const adds = rows.every((r) => {
      const whole = number(r, plans[0]);
      // A note line between the areas holds none of them.
      if (whole === undefined && traeger.every((c) => number(r, c) === undefined)) return true;
      const sum = traeger.reduce((s, c) => s + (number(r, c) ?? NaN), 0);
      return whole !== undefined && Math.abs(whole - sum) <= 0.05;
    });
    if (!adds) return undefined;
  }
  return { vzae: plans[0], ...(heads.length === 1 ? { heads: heads[0] } : {}) };
}
