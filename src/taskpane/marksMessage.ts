// What the pane says after "Markierungen entfernen": how many went, and — never hidden behind a success —
// every sheet whose marks Excel would not let go of, with Excel's reason.
import type { MarksResult } from "../excel/host";
import type { Status } from "./components/StatusMessage";
import type { Messages } from "./i18n";

export function unmarkStatus(result: MarksResult, t: Messages): Status {
  if (!result.notRemoved.length) return { intent: "success", text: t.unmarked(result.removed) };
  return {
    intent: "warning",
    text: t.unmarkedPartly(result.removed),
    details: result.notRemoved.map((n) => t.notRemovedOn(n.sheet, n.ranges.join(", "), n.reason)),
  };
}
