// The parts of the engine the pane needs — rules, settings schema (zod), form conversion — bundled as a
// chunk of their own and loaded on first use (engine.ts), so they do not delay the pane's first render.
export { check, checkWithCoverage } from "../core/engine";
export { renderFindings } from "../core/messages/catalogue";
export { computeOverview } from "../core/overview";
export { RULES } from "../core/rules";
export { resolveStoredSettings } from "./settingsModel";
