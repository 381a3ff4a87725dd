// Einrichten with the workbook's own words (issue 13 §3), on the fake Excel: remembered labels make the
// mapper propose high; in next year's copy whose names still point at last year's columns, Einrichten
// offers to move them to the planning year's columns, found through the names' own labels.
import { MAPPER_MARKER, addLearned, type LearnedLabel } from "../../src/core/mapper";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeName } from "../../src/excel/fake";
import { setupView } from "../../src/taskpane/setupModel";
import { layoutModel, ownWordsLayout } from "../fixtures/layouts";

function open() {
  const { model, extras } = layoutModel(ownWordsLayout(2024));
  const fake = fakeExcel(model, {}, extras);
  return { fake, host: hostOverFake(fake, "test") };
}

const IQ: LearnedLabel = { name: "ZIE_IQ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" };

test("stored labels make Einrichten propose high; without them nothing for the own words", async () => {
  const { host } = open();
  const read = await host.readSetup();
  expect(setupView(read).high.map((p) => p.name)).not.toContain("ZIE_IQ");
  await host.updateLearnedLabels((l) => addLearned(l, IQ));
  const { labels } = await host.loadLearnedLabels();
  expect(setupView(read, labels).high.find((p) => p.name === "ZIE_IQ")?.ref).toBe("'Steuerung 2024'!$C$6");
});

test("next year's copy with new columns beside last year's: names under last year's headers are offered the planning year's columns", async () => {
  const { fake, host } = open();
  const names = fake.model.names as FakeName[];
  const def = (name: string, ref: string) => names.push({ name, refersTo: `='Steuerung 2024'!${ref}`, comment: MAPPER_MARKER });
  def("AIP_Planjahr", "$B$3");
  def("ZIE_IQ", "$C$6");
  def("ZIE_IQ_VJ", "$B$6");
  def("ZIE_LZB", "$C$7");
  expect(setupView(await host.readSetup()).stale).toEqual([]);

  // The controller copies the file, sets the planning year to 2025 and adds this year's columns to the right.
  const sheet = fake.model.sheets[0];
  sheet.cells.B3 = { value: 2025 };
  sheet.cells.D5 = { value: "Ist 2024" };
  sheet.cells.E5 = { value: "Plan 2025" };
  sheet.cells.D6 = { value: 0.205, numberFormat: "0.0%" };
  sheet.cells.E6 = { value: 0.21, numberFormat: "0.0%" };
  sheet.cells.D7 = { value: 2010, numberFormat: "#,##0" };
  sheet.cells.E7 = { value: 1950, numberFormat: "#,##0" };
  const view = setupView(await host.readSetup());
  expect(view.oldColumns).toEqual([
    { name: "ZIE_IQ_VJ", ref: "'Steuerung 2024'!$B$6", proposedRef: "'Steuerung 2024'!$D$6" },
    { name: "ZIE_IQ", ref: "'Steuerung 2024'!$C$6", proposedRef: "'Steuerung 2024'!$E$6" },
    { name: "ZIE_LZB", ref: "'Steuerung 2024'!$C$7", proposedRef: "'Steuerung 2024'!$E$7" },
  ]);
  expect(view.stale.map((s) => s.name)).toEqual(["ZIE_IQ_VJ", "ZIE_IQ", "ZIE_LZB"]);

  // "Zuordnung aktualisieren" moves them; afterwards nothing is stale.
  await host.applyNames(view.stale.map((s) => ({ name: s.name, ref: s.proposedRef, replace: true })));
  expect(setupView(await host.readSetup()).stale).toEqual([]);
});
