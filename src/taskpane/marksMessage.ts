// What the pane says after "In der Mappe markieren" and "Markierungen entfernen", built from what the adapter
// returns: how many marks were set or went, and — never hidden behind a success — every sheet Excel would not
// let mark or whose marks it would not let go of, with Excel's reason.
import type { MarksResult } from "../excel/host";
import type { Status } from "./components/StatusMessage";
import type { Messages } from "./i18n";

export function unmarkStatus(result: MarksResult, t: Messages): Status {
  const record = result.recordNotSaved ? [t.marksRecordNotSaved(result.recordNotSaved)] : [];
  if (!result.notRemoved.length) return record.length ? { intent: "warning", text: t.unmarked(result.removed), details: record } : { intent: "success", text: t.unmarked(result.removed) };
  return {
    intent: "warning",
    text: t.unmarkedPartly(result.removed),
    details: [...result.notRemoved.map((n) => t.notRemovedOn(n.sheet, n.ranges.join(", "), n.reason)), ...record],
  };
}

export function markStatus(result: MarksResult, t: Messages): Status {
  const details = [
    ...result.notMarked.map((n) => t.notMarkedOn(n.sheet, n.ranges.join(", "), n.reason)),
    ...result.notRemoved.map((n) => t.oldMarkKeptOn(n.sheet, n.ranges.join(", "), n.reason)),
  ];
  const record = result.recordNotSaved ? [t.marksRecordNotSaved(result.recordNotSaved)] : [];
  if (!details.length) return record.length ? { intent: "warning", text: t.marked(result.marked), details: record } : { intent: "success", text: t.marked(result.marked) };
  return { intent: "warning", text: t.markedPartly(result.marked), details: [...details, ...record] };
}
