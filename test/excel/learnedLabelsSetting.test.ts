// The workbook's own words in the document (issue 13 §3): aip.labels is stored through the same
// document-settings code as aip.settings and aip.lastCheck, saved with saveAsync, and survives "save and
// reopen" of the fake Excel; a broken stored value is reported, not used.
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, reopenFakeExcel } from "../../src/excel/fake";
import { LABELS_KEY } from "../../src/excel/officeHost";
import { addLearned, forgetLearned, type LearnedLabel } from "../../src/core/mapper";
import { layoutModel, ownWordsLayout } from "../fixtures/layouts";

const IQ: LearnedLabel = { name: "ZIE_IQ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" };
const LZB: LearnedLabel = { name: "ZIE_LZB", label: "Steuerungsgröße 3", context: "Steuerung 2024" };

test("remembered labels are stored as a versioned document setting, saved, and come back after reopening", async () => {
  const { model, extras } = layoutModel(ownWordsLayout(2024));
  const fake = fakeExcel(model, {}, extras);
  const host = hostOverFake(fake, "0.0.0-test");
  expect(await host.loadLearnedLabels()).toEqual({ labels: [] });

  await host.updateLearnedLabels((l) => addLearned(l, IQ));
  await host.updateLearnedLabels((l) => addLearned(l, LZB));
  expect(fake.document.settings[LABELS_KEY]).toEqual({ format: "aip.labels", version: 1, labels: [IQ, LZB] });

  const reopened = reopenFakeExcel(fake.save());
  const again = hostOverFake(reopened, "0.0.0-test");
  expect(await again.loadLearnedLabels()).toEqual({ labels: [IQ, LZB] });

  // Forgetting the last one removes the setting altogether.
  await again.updateLearnedLabels((l) => forgetLearned(l, IQ));
  await again.updateLearnedLabels((l) => forgetLearned(l, LZB));
  expect(LABELS_KEY in reopened.document.settings).toBe(false);
});

test("a broken stored value is not used, and the problem is named", async () => {
  const { model, extras } = layoutModel(ownWordsLayout(2024));
  const fake = fakeExcel(model, {}, extras);
  // As saved in the file (the store refreshes from the saved document before reading).
  fake.document.settings[LABELS_KEY] = { format: "aip.labels", version: 9, labels: [] };
  const host = hostOverFake(fake, "0.0.0-test");
  const stored = await host.loadLearnedLabels();
  expect(stored.labels).toEqual([]);
  expect(stored.problem).toMatch(/aip\.labels.*version/);
});
