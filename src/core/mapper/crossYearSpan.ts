// "Ist 24/25", "Ist 2024/25", "JD 2024/2025": a head whose one role word spans two consecutive years names a
// rolling or cross-year period (twelve months across the turn of the year, a school or financial year). It is
// neither the previous year's value nor the plan, however the year it starts or ends in reads alone.
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";
import type { RoleOrNone } from "./roles";

/** "24/25", "2024/25", "2024/2025", "2024–2025" (raw text): two years, the second the one after the first. */
const SPAN = /(?<![\d./])((?:19|20)?\d\d)\s*[/–—-]\s*((?:19|20)?\d\d)(?![\d./])/g;

const fourDigits = (y: string, century?: string) => Number(y.length === 4 ? y : `${century ?? "20"}${y}`);

/** Whether a raw head names a span of two consecutive years. */
export function namesCrossYearSpan(text: string): boolean {
  for (const m of text.matchAll(SPAN)) {
    const first = fourDigits(m[1]);
    const second = fourDigits(m[2], String(first).slice(0, 2));
    if (second === first + 1) return true;
  }
  return false;
}

/**
 * "none" for a role head over such a span ("Ist 24/25", "VJ 2024/25"); undefined otherwise, also for a month span
 * ("Dez 23–Nov 24", ./monthSpan.ts) and a change ("Veränderung 24/25": the change between the two years).
 */
export function crossYearRole(text: string): RoleOrNone | undefined {
  const f = fold(text);
  if (!namesCrossYearSpan(text) || COLUMN_WORDS.month.test(f) || COLUMN_WORDS.change.test(f)) return undefined;
  return COLUMN_WORDS.ist.test(f) || COLUMN_WORDS.plan.test(f) || COLUMN_WORDS.prognose.test(f) ? "none" : undefined;
}
