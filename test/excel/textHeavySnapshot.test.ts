// Issue 14 §5: readSnapshot halves a batch (and splits a single name into row blocks) when Excel refuses its
// response as too large — the cell budget only estimates bytes, and text-heavy cells are large. The fake fails
// a sync whose response exceeds 5 MB (RequestPayloadSizeLimitExceeded, docs: "Resource limits and performance
// optimization").
import { buildExample2024 } from "../../src/core/example";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";

test("a text-heavy name under the cell budget but over 5 MB is read in halves, every cell intact", async () => {
  const model = buildExample2024();
  const text = "Langer Text ".repeat(40); // ~480 bytes a cell: 15,000 cells ≈ 7 MB for values and formulas
  for (let r = 1; r <= 15000; r++) model.sheets[0].cells[`H${r}`] = { value: `${text}${r}` };
  model.names.push({ name: "Textlastig", refersTo: "=Haushalt!$H$1:$H$15000" });
  const fake = fakeExcel(model);
  const snapshot = await hostOverFake(fake, "0").readSnapshot();
  const entry = snapshot.names.find((n) => n.name === "Textlastig")!;
  expect(entry.problem).toBeUndefined();
  expect(entry.address).toBe("Haushalt!H1:H15000");
  expect(entry.values).toHaveLength(15000);
  expect(entry.values![0][0]).toBe(`${text}1`);
  expect(entry.values![14999][0]).toBe(`${text}15000`);
  expect(snapshot.notes).toEqual([expect.stringMatching(/„Textlastig“ wurde wegen der Größengrenze .* in Teilen gelesen/)]);
  // The other names are read as before.
  const plain = await hostOverFake(fakeExcel(buildExample2024()), "0").readSnapshot();
  for (const n of plain.names) expect(snapshot.names.find((m) => m.name === n.name)).toEqual(n);
  expect(fake.writeLog).toEqual([]);
});
