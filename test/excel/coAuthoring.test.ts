// Issue 14 §1 and §3: the shared workbook with co-authors, on the fake Excel through the real adapter.
// Document settings are a per-pane in-memory copy; a co-author's saves reach this pane only through
// refreshAsync (fake options coAuthorSaves / coAuthor(), source in src/excel/fake/index.ts). Every key goes
// through the settings store (src/excel/office/settingsStore.ts), which refreshes before reading and before
// each read-modify-write, and keeps a change whose save failed for the next save.
import { buildExample2024 } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeExcel, type FakeOptions } from "../../src/excel/fake";
import { LAST_CHECK_KEY, MARKS_KEY, TRUST_KEY } from "../../src/excel/officeHost";

const VERSION = "0.1.0-test";

const finding = (cells: string[], severity: Finding["severity"] = "error"): Finding => ({
  rule: "test/regel",
  severity,
  messageId: "befund",
  data: {},
  message: "Befund",
  names: [],
  cells,
});

/** What a file keeps of conditional formats (not their ids). */
const formats = (fake: FakeExcel) => JSON.parse(JSON.stringify(fake.document.conditionalFormats, (key, value) => (key === "id" ? undefined : value)));

test("mark → a co-author saves another key → remove marks: every mark gone, the co-author's key kept", async () => {
  // applyMarks makes 2 syncs here (sheets; one write); the co-author saves right after the write.
  const fake = fakeExcel(buildExample2024(), { coAuthorSaves: [{ afterSync: 2, settings: { "kollege.notiz": "bitte nicht löschen" } }] });
  const host = hostOverFake(fake, VERSION);
  expect((await host.applyMarks([finding(["Ziele!B8", "Förderung!B18"])])).marked).toBe(2);
  expect(fake.document.settings["kollege.notiz"]).toBe("bitte nicht löschen");
  expect(await host.removeMarks()).toEqual({ marked: 0, removed: 2, notRemoved: [], notMarked: [] });
  expect(formats(fake)).toEqual({});
  expect(fake.document.settings).toEqual({ "kollege.notiz": "bitte nicht löschen", [TRUST_KEY]: true });
});

test("two panes marking different findings in turn: “Markierungen entfernen” in either removes both sets", async () => {
  for (const remover of ["first", "second"] as const) {
    const first = fakeExcel(buildExample2024());
    const second = first.coAuthor(); // opened together: its settings copy predates every mark
    await hostOverFake(first, VERSION).applyMarks([finding(["Ziele!B8"])]);
    await hostOverFake(second, VERSION).applyMarks([finding(["Förderung!B18", "Haushalt!B7"], "warning")]);
    // The second pane replaced the workbook's marks (whoever set them): only its own are there and recorded.
    expect(Object.keys(first.document.conditionalFormats).sort()).toEqual(["Förderung", "Haushalt"]);
    expect((first.document.settings[MARKS_KEY] as unknown[]).length).toBe(2);

    const result = await hostOverFake(remover === "first" ? first : second, VERSION).removeMarks();
    expect(result).toMatchObject({ removed: 2, notRemoved: [] });
    expect(formats(first)).toEqual({});
    expect(MARKS_KEY in first.document.settings).toBe(false);
  }
});

test("marks a co-author recorded while this pane was marking stay recorded (nothing in the workbook is left unrecorded)", async () => {
  const options: FakeOptions = {};
  const fake = fakeExcel(buildExample2024(), options);
  // The co-author marks Haushalt!B7; its record reaches the saved settings only after this pane read the
  // (empty) record: right after this pane's first sync.
  await hostOverFake(fake.coAuthor({}), VERSION).applyMarks([finding(["Haushalt!B7"])]);
  const coRecord = fake.document.settings[MARKS_KEY];
  fake.document.settings = {};
  options.coAuthorSaves = [{ afterSync: fake.syncCount + 1, settings: { [MARKS_KEY]: coRecord } }];

  const host = hostOverFake(fake, VERSION);
  await host.applyMarks([finding(["Ziele!B8"])]);
  const recorded = (fake.document.settings[MARKS_KEY] as Array<{ sheet: string }>).map((m) => m.sheet).sort();
  expect(recorded).toEqual(["Haushalt", "Ziele"]);
  expect(Object.keys(fake.document.conditionalFormats).sort()).toEqual(["Haushalt", "Ziele"]);
  expect((await host.removeMarks()).removed).toBe(2);
  expect(formats(fake)).toEqual({});
});

test("a team lead with the Übersicht open sees the controller's new check status on “Aktualisieren”", async () => {
  const lead = fakeExcel(buildExample2024());
  const controller = lead.coAuthor();
  const leadHost = hostOverFake(lead, VERSION);
  expect(await leadHost.loadLastCheck()).toBeUndefined();
  const status = { at: "2026-12-06T10:00:00.000Z", errors: 1, warnings: 0, infos: 2, version: VERSION };
  await hostOverFake(controller, VERSION).saveLastCheck(status);
  expect(lead.documentSettings.get(LAST_CHECK_KEY)).toBeNull(); // the lead's copy is hours old …
  expect(await leadHost.loadLastCheck()).toEqual(status); // … the host reads after refreshAsync
});

test("without refreshAsync (not in a requirement set) the store still reads and saves its own copy", async () => {
  const fake = fakeExcel(buildExample2024(), { settingsRefresh: false });
  expect(fake.documentSettings.refreshAsync).toBeUndefined();
  const host = hostOverFake(fake, VERSION);
  await host.saveCheckSettings({ toleranzen: { betrag: 2 } });
  expect(await host.loadCheckSettings()).toEqual({ toleranzen: { betrag: 2 } });
  await host.applyMarks([finding(["Ziele!B8"])]);
  expect((await host.removeMarks()).removed).toBe(1);
});

test("a failed save of the marks' record loses no mark: the pane is told, and removal in the same session still finds them", async () => {
  const fake = fakeExcel(buildExample2024(), { settingsSaveFails: true });
  const host = hostOverFake(fake, VERSION);
  const marked = await host.applyMarks([finding(["Ziele!B8", "Förderung!B18"])]);
  expect(marked).toMatchObject({ marked: 2, recordNotSaved: expect.stringMatching(/nicht in der Mappe gespeichert.*internal error/) });
  expect(MARKS_KEY in fake.document.settings).toBe(false); // nothing reached the document …
  const removed = await host.removeMarks(); // … but the pending record survives the refresh
  expect(removed).toMatchObject({ removed: 2, notRemoved: [] });
  expect(formats(fake)).toEqual({});
});
