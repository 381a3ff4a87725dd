// The adapter over the fake Excel, for the browser demo and tests: the same createOfficeHost as in Excel,
// with only Excel.run (and the document settings, Office.context.requirements) swapped for the fake's.
import { buildExample2024 } from "../core/example";
import type { WorkbookModel } from "../core/workbookModel";
import { fakeExcel, type FakeExcel, type FakeExtras, type FakeOptions } from "./fake";
import type { WorkbookHost } from "./host";
import { createOfficeHost, type OfficeHostDeps } from "./officeHost";

export function hostOverFake(fake: FakeExcel, version: string, options: Partial<OfficeHostDeps> = {}): WorkbookHost {
  return createOfficeHost({
    run: fake.run,
    documentSettings: fake.documentSettings,
    requirements: fake.requirements,
    documentMode: () => fake.documentMode,
    addin: fake.addin,
    version,
    ...options,
  });
}

/** A fake workbook (the 2024 example unless another model is given) and the host over it. */
export function createDemoHost(
  version: string,
  model: WorkbookModel = buildExample2024(),
  extras: FakeExtras = {},
  options: FakeOptions = {},
): { fake: FakeExcel; host: WorkbookHost } {
  const fake = fakeExcel(model, options, extras);
  return { fake, host: hostOverFake(fake, version) };
}
