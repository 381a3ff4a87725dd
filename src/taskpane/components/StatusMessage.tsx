// One line of feedback after an action (success or failure), announced to screen readers.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface Status {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  details?: string[];
}

export function StatusMessage({ status, testId }: { status: Status | undefined; testId?: string }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} politeness={status.intent === "error" ? "assertive" : "polite"} data-testid={testId}>
      <MessageBarBody>
        {status.text}
        {status.details && status.details.length > 0 && (
          <ul style={{ margin: "4px 0 0", paddingLeft: "1.2em" }}>
            {status.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
