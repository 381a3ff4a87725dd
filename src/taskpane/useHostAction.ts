// One host action at a time, with a busy label and one line of feedback: the pattern of the Prüfen and
// Einrichten pages. An exception never escapes; it becomes the error line "<label> failed: <reason>".
import { useState } from "react";
import type { Status } from "./components/StatusMessage";
import type { Messages } from "./i18n";
import { describeError } from "./PaneContext";

export function useHostAction(t: Messages, initialBusy?: string) {
  const [busy, setBusy] = useState<string | undefined>(initialBusy);
  const [status, setStatus] = useState<Status | undefined>();

  async function act(label: string, action: () => Promise<Status | undefined>) {
    setBusy(label);
    setStatus(undefined);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus({ intent: "error", text: t.failed(label, describeError(e, t)) });
    } finally {
      setBusy(undefined);
    }
  }

  return { busy, setBusy, status, setStatus, act };
}
