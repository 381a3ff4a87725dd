// context.sync() calls per task-pane action, counted on the fake Excel (which counts syncs and logs each
// write with the sync it went out in): goal ≤ 2 reads for a check, also with 10× as many names, and
// exactly 1 write sync for marking.
import { check } from "../../src/core";
import { buildExample2024 } from "../../src/core/example";
import type { WorkbookModel } from "../../src/core/workbookModel";
import { createDemoHost } from "../../src/excel/demoHost";
import type { FakeExcel } from "../../src/excel/fake";
import type { Section } from "../lib";

const exampleNames = buildExample2024().names.length;

function tenfoldNames(): WorkbookModel {
  const model = buildExample2024();
  const base = [...model.names];
  for (let i = 1; i <= 9; i++) for (const n of base) model.names.push({ name: `${n.name}_${i}`, refersTo: n.refersTo });
  return model;
}

/** Syncs an action took, split into those that carried writes and those that only read. */
async function counted(fake: FakeExcel, action: () => Promise<unknown>) {
  const syncsBefore = fake.syncCount;
  const writesBefore = fake.writeLog.length;
  await action();
  const writeSyncs = new Set(fake.writeLog.slice(writesBefore).map((w) => w.sync)).size;
  const total = fake.syncCount - syncsBefore;
  return { reads: total - writeSyncs, writes: writeSyncs };
}

export const syncCounts: Section = {
  id: "syncs",
  title: "context.sync() je Aktion (Fake-Excel)",
  async run() {
    const example = createDemoHost("bench");
    const readExample = await counted(example.fake, async () => check(await example.host.readSnapshot()));
    const big = createDemoHost("bench", tenfoldNames());
    const readBig = await counted(big.fake, async () => check(await big.host.readSnapshot()));
    const findings = check(await example.host.readSnapshot());
    const mark = await counted(example.fake, () => example.host.applyMarks(findings));
    const unmark = await counted(example.fake, () => example.host.removeMarks());
    const fmt = (c: { reads: number; writes: number }) => `${c.reads} lesend, ${c.writes} schreibend`;
    const checkGoal = (c: { reads: number; writes: number }) => c.reads <= 2 && c.writes === 0;
    const markGoal = (c: { reads: number; writes: number }) => c.reads <= 2 && c.writes === 1;
    return {
      id: this.id,
      title: this.title,
      rows: [
        { measure: `Mappe prüfen, Beispiel (${exampleNames} Namen)`, value: fmt(readExample), goal: "≤ 2 lesend, 0 schreibend", met: checkGoal(readExample) },
        { measure: `Mappe prüfen, 10× Namen (${10 * exampleNames})`, value: fmt(readBig), goal: "≤ 2 lesend, 0 schreibend", met: checkGoal(readBig) },
        { measure: `In der Mappe markieren (${findings.length} Befunde)`, value: fmt(mark), goal: "≤ 2 lesend, 1 schreibend", met: markGoal(mark) },
        { measure: "Markierungen entfernen", value: fmt(unmark), goal: "≤ 2 lesend, 1 schreibend", met: markGoal(unmark) },
      ],
      data: { readExample, readTenfoldNames: readBig, applyMarks: mark, removeMarks: unmark },
    };
  },
};
