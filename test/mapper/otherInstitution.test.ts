// A "Jobcenter" label beside another institution's heading (SGB III, Agentur für Arbeit) proposes no name.
import { proposeMapping } from "../../src/core/mapper";
import { namesOtherInstitution } from "../../src/core/mapper/otherScope";
import { num, rows, usedCells, type Layout } from "../fixtures/layouts";

const jobcenterOf = (cells: Layout["sheets"][number]["cells"]) =>
  proposeMapping(usedCells({ id: "t", title: "t", sheets: [{ name: "Übersicht", cells }] })).proposals.find((p) => p.name === "AIP_Jobcenter");

test.each([
  ["SGB III (Agentur für Arbeit Bergheide)", true],
  ["Arbeitsagentur Nordhausen", true],
  ["SGB 3 – Agentur", true],
  ["Jobcenter Stadt Bergheide", false],
  ["Jobcenter Landkreis Ostheim (gE mit der Agentur für Arbeit)", false],
  ["Kommunales Jobcenter Kreis Lippe", false],
])("namesOtherInstitution(%s) = %s", (text, other) => {
  expect(namesOtherInstitution(text)).toBe(other);
});

test("side-by-side blocks SGB II (Jobcenter) | SGB III (Agentur): the Agentur's heading is no Jobcenter name", () => {
  const p = jobcenterOf(
    rows("A1", [
      ["SGB II (Jobcenter)", null, null, null, "SGB III (Agentur für Arbeit Talstadt)"],
      ["Kennzahl", "2025", null, null, "Kennzahl", "2025"],
      ["Integrationen", num(900), null, null, "Integrationen SGB III", num(2100)],
    ]),
  );
  expect(String(p?.value ?? "")).not.toMatch(/Agentur/);
});

test("near miss: a Jobcenter name that mentions the Agentur as its partner stays the name", () => {
  const p = jobcenterOf(rows("A1", [["Jobcenter", "Jobcenter Talstadt (gE mit der Agentur für Arbeit)"], ["Planjahr", num(2025, "0")]]));
  expect(p?.ref).toBe("Übersicht!$B$1");
  expect(p?.confidence).toBe("high");
});
