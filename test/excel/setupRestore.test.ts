// Nothing lost (review of issue 10): after Einrichten replaced a user's definition (a broken name, a
// sheet-scoped duplicate), "Zuordnung entfernen" restores it exactly — formula, scope and comment — from
// the new name's comment (src/core/mapper/marker.ts), within Excel's 255 characters for a name's comment.
import { MAPPER_MARKER, markerComment, replacedDefinitions } from "../../src/core/mapper";
import { layoutModel, seedLayout } from "../../src/demo/layouts";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeName } from "../../src/excel/fake";

function open() {
  const { model, extras } = layoutModel(seedLayout());
  const fake = fakeExcel(model, {}, extras);
  return { fake, host: hostOverFake(fake, "test", {}) };
}

test("repair → remove restores the user's broken name and sheet-scoped duplicate exactly", async () => {
  const { fake, host } = open();
  const users: FakeName[] = [
    { name: "BUD_VH_Gesamt", refersTo: "=#REF!", comment: "alte Zelle, gelöscht" },
    { name: "PER_Beschaeftigte", refersTo: "=Personal!$B$3", scope: { kind: "sheet", sheet: "Personal" } },
    { name: "Meine_Summe", refersTo: "=Budget!$B$3" },
  ];
  (fake.model.names as FakeName[]).push(...structuredClone(users));
  await host.applyNames([
    { name: "BUD_VH_Gesamt", ref: "Budget!$B$3", replace: true },
    { name: "PER_Beschaeftigte", ref: "Personal!$B$3", replace: true },
    { name: "BUD_EB_Gesamt", ref: "Budget!$B$7" },
  ]);
  expect(fake.model.names.find((n) => n.name === "PER_Beschaeftigte")).toMatchObject({ refersTo: "=Personal!$B$3", comment: expect.stringMatching(/"s":"Personal"/) });
  expect(fake.model.names.filter((n) => n.name === "PER_Beschaeftigte")).toHaveLength(1);

  const syncs = fake.syncCount;
  const writes = fake.writeLog.length;
  const { removed, restored } = await host.removeMapping();
  expect(fake.syncCount - syncs).toBe(2); // one read, one write
  expect(new Set(fake.writeLog.slice(writes).map((w) => w.sync)).size).toBe(1);
  expect(removed.sort()).toEqual(["BUD_EB_Gesamt", "BUD_VH_Gesamt", "PER_Beschaeftigte"]);
  expect(restored).toEqual(["BUD_VH_Gesamt", "Personal!PER_Beschaeftigte"]);
  const key = (n: FakeName) => `${n.scope?.kind === "sheet" ? n.scope.sheet : ""}!${n.name}`;
  expect([...(fake.model.names as FakeName[])].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...users].sort((a, b) => key(a).localeCompare(key(b))));
});

test("replacing the add-in's own name keeps the user's earlier definition, not the earlier mapping", async () => {
  const { fake, host } = open();
  (fake.model.names as FakeName[]).push({ name: "BUD_VH_Gesamt", refersTo: "=#REF!" });
  await host.applyNames([{ name: "BUD_VH_Gesamt", ref: "Budget!$B$4", replace: true }]);
  await host.applyNames([{ name: "BUD_VH_Gesamt", ref: "Budget!$B$3", replace: true }]);
  expect(replacedDefinitions((fake.model.names[0] as FakeName).comment)).toEqual([{ formula: "=#REF!" }]);
  await host.removeMapping();
  expect(fake.model.names).toEqual([{ name: "BUD_VH_Gesamt", refersTo: "=#REF!" }]);
});

test("a definition too long for the 255-character comment is not replaced: nothing written, the reason given", async () => {
  const { fake, host } = open();
  const long = `=${Array.from({ length: 40 }, (_, i) => `Budget!$B$${i + 1}`).join("+")}`;
  (fake.model.names as FakeName[]).push({ name: "BUD_VH_Gesamt", refersTo: long });
  expect(markerComment([{ formula: long }])).toBeUndefined();
  await expect(host.applyNames([{ name: "BUD_VH_Gesamt", ref: "Budget!$B$3", replace: true }])).rejects.toThrow(/höchstens 255 Zeichen/);
  expect(fake.writeLog).toEqual([]);
  expect(fake.model.names).toEqual([{ name: "BUD_VH_Gesamt", refersTo: long }]);
});

test("the fake refuses a name comment above 255 characters, as Excel does", async () => {
  const { fake } = open();
  await expect(
    fake.run(async (context) => {
      (context.workbook as unknown as { names: { add(n: string, r: string, c: string): void } }).names.add("X_Test", "=Budget!$B$3", "x".repeat(256));
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(MAPPER_MARKER.length).toBeLessThan(255);
});
