// What every page needs, handed down once: the workbook host (never Office.js directly), the strings and
// formatters of the pane's language, and the add-in version.
import { createContext, useContext } from "react";
import type { WorkbookHost } from "../excel/host";
import type { Formatters } from "./format";
import type { Language, Messages } from "./i18n";

export interface PaneEnvironment {
  host: WorkbookHost;
  language: Language;
  t: Messages;
  fmt: Formatters;
  version: string;
}

const PaneContext = createContext<PaneEnvironment | undefined>(undefined);

export const PaneProvider = PaneContext.Provider;

export function usePane(): PaneEnvironment {
  const env = useContext(PaneContext);
  if (!env) throw new Error("usePane() außerhalb von <PaneProvider>");
  return env;
}

/** A host call's failure as one German (or English) line, never a stack trace. */
export function describeError(error: unknown, t: Messages): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return t.unknownError;
}
