// A throwaway in-memory WorkbookHost for the pane's unit tests: serves a fixed snapshot and records every
// call, so a test can say exactly what the pane asked the workbook to do. Not the fake Excel (that lives in
// src/excel/fake and is what the demo uses); this one has no Office.js semantics at all.
import type { Finding } from "../../src/core/finding";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { LastCheckStatus, ProtocolReport, TemplateResult, VerlaufSheetResult, WorkbookHost } from "../../src/excel/host";

export interface MemoryHost extends WorkbookHost {
  calls: string[];
  marks: Finding[];
  selections: string[][];
  protocols: ProtocolReport[];
  storedSettings: unknown;
  lastCheck: LastCheckStatus | undefined;
  showOverviewOnOpen: boolean;
  learnedLabels: import("../../src/core/mapper").LearnedLabel[];
}

export function memoryHost(snapshot: WorkbookSnapshot, options: { settings?: unknown; failOn?: string } = {}): MemoryHost {
  const host: MemoryHost = {
    calls: [],
    marks: [],
    selections: [],
    protocols: [],
    storedSettings: options.settings,
    lastCheck: undefined,
    showOverviewOnOpen: false,
    learnedLabels: [],
    async readSnapshot() {
      record("readSnapshot");
      return structuredClone(snapshot);
    },
    // Einrichten: an empty workbook without names (the setup page's own tests use the fake Excel).
    async readSetup() {
      record("readSetup");
      return { used: { source: "Excel", sheets: [] }, names: [], sheetNames: snapshot.sheets.map((s) => s.name), withoutMerged: false };
    },
    async applyNames(names) {
      record("applyNames");
      return { added: names.map((n) => n.name), replaced: [] };
    },
    async readSelectionAddress() {
      record("readSelectionAddress");
      return "Tabelle1!$A$1";
    },
    async findMappingUses() {
      record("findMappingUses");
      return { names: [], formulas: 0, cells: [], dependentNames: [], skipped: [] };
    },
    async hasContractNames() {
      record("hasContractNames");
      return snapshot.names.length > 0;
    },
    async removeMapping() {
      record("removeMapping");
      return { removed: [] };
    },
    async writeProgrammeTables(tables) {
      record("writeProgrammeTables");
      host.calls.push(`tables:${tables.length}`);
      return { written: true, sheet: "AIP-Tabellen", replaced: false };
    },
    async selectCells(cells) {
      record("selectCells");
      host.selections.push(cells);
      return undefined;
    },
    async applyMarks(findings) {
      record("applyMarks");
      const removed = host.marks.length;
      host.marks = [...findings];
      return { marked: findings.length, removed, notRemoved: [], notMarked: [] };
    },
    async removeMarks() {
      record("removeMarks");
      const n = host.marks.length;
      host.marks = [];
      return { marked: 0, removed: n, notRemoved: [], notMarked: [] };
    },
    async writeProtocol(report) {
      record("writeProtocol");
      host.protocols.push(report);
    },
    async createTemplate(): Promise<TemplateResult> {
      record("createTemplate");
      return { created: false, existingNames: snapshot.names.map((n) => n.name) };
    },
    async createVerlaufSheet(): Promise<VerlaufSheetResult> {
      record("createVerlaufSheet");
      return { created: false, existingNames: [], sheetExists: true };
    },
    async loadCheckSettings() {
      record("loadCheckSettings");
      return host.storedSettings;
    },
    async saveCheckSettings(settings) {
      record("saveCheckSettings");
      host.storedSettings = settings;
    },
    async loadLastCheck() {
      record("loadLastCheck");
      return host.lastCheck;
    },
    async saveLastCheck(status) {
      record("saveLastCheck");
      host.lastCheck = status;
    },
    async loadLearnedLabels() {
      record("loadLearnedLabels");
      return { labels: [...host.learnedLabels] };
    },
    async updateLearnedLabels(change) {
      record("updateLearnedLabels");
      host.learnedLabels = change([...host.learnedLabels]);
      return [...host.learnedLabels];
    },
    async getShowOverviewOnOpen() {
      record("getShowOverviewOnOpen");
      return host.showOverviewOnOpen;
    },
    async setShowOverviewOnOpen(on) {
      record("setShowOverviewOnOpen");
      host.showOverviewOnOpen = on;
    },
  };
  function record(call: string) {
    host.calls.push(call);
    if (options.failOn === call) throw new Error(`Excel meldet: ${call} nicht möglich`);
  }
  return host;
}
