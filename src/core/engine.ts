// TEMPORARY STUB so that hosts can be written against the engine's API while the rules are built.
// The rules work replaces this file; the exported signatures stay.
import type { Finding } from "./finding";
import type { WorkbookSnapshot } from "./snapshot";

export interface Settings {
  [key: string]: unknown;
}

export const DEFAULT_SETTINGS: Settings = {};

export function check(_snapshot: WorkbookSnapshot, _settings: Settings = DEFAULT_SETTINGS): Finding[] {
  return [];
}
