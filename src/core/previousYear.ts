// Previous-year values in a programme written in February are forecasts: the BA's figures come with a
// three-month Wartezeit (the 2024 source: "voraussichtlich 750 Integrationen"). Where the workbook says so
// (ZIE_VJ_Stand, ZIE_VJ_Status), every message that rests on a previous-year value names it; the engine adds
// the two to the finding's data and the renderer appends "Vorjahreswert (Stand …, voraussichtlich)".
import { formatDate, quoteText, type Lang } from "./format";
import type { MessageData } from "./messages/render";
import type { View } from "./resolve/view";

/** The data keys the engine adds; no rule uses them for its own placeholders. */
export const VJ_STAND = "vjStand";
export const VJ_STATUS = "vjStatus";

/** A name whose value is the previous year's: ZIE_…_VJ, and ZIE_Weitere with its Vorjahr column. */
export function isPreviousYearName(name: string): boolean {
  return /^ZIE_.*_VJ$/i.test(name) || name.toUpperCase() === "ZIE_WEITERE";
}

/** What the workbook says about its previous-year values, as finding data (empty when it says nothing). */
export function previousYearStatus(view: View): MessageData {
  const stand = view.figure("ZIE_VJ_Stand");
  const status = view.text("ZIE_VJ_Status");
  return { ...(stand ? { [VJ_STAND]: stand.value } : {}), ...(status ? { [VJ_STATUS]: status.value } : {}) };
}

const STATUS_EN: Readonly<Record<string, string>> = { voraussichtlich: "forecast", vorläufig: "provisional", endgültig: "final" };

/** The note appended to a message whose data carries the previous-year status, or "". */
export function previousYearNote(data: MessageData, lang: Lang): string {
  const stand = data[VJ_STAND];
  const status = data[VJ_STATUS];
  const parts: string[] = [];
  if (typeof stand === "number") parts.push(lang === "en" ? `as of ${formatDate(stand, "en")}` : `Stand ${formatDate(stand, "de")}`);
  if (typeof status === "string" && status.trim()) {
    const word = status.trim();
    parts.push(lang === "en" ? (STATUS_EN[word.toLowerCase()] ?? quoteText(word, "en")) : word);
  }
  if (!parts.length) return "";
  return lang === "en" ? ` (previous-year value: ${parts.join(", ")})` : ` (Vorjahreswert: ${parts.join(", ")})`;
}
