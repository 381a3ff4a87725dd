// A rate of movement (BA Ergänzungsgröße K3E1 "Zugangsrate in LZB", an Abgangsquote) is neither the group's stock
// nor its share of the eLb. Found by the sixth held-out set: a percent-formatted row "K3E1 Zugangsrate LZB" was
// proposed sicher as KUN_Anteil_LZB, because the share reading added for a percent format lost the label's own
// foreign words. The real share and stock rows beside it stay sicher.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells } from "../fixtures/layouts";

function map(rowsData: Parameters<typeof rows>[1]): Map<string, Proposal> {
  const result = proposeMapping(
    usedCells({ id: "t", title: "t", sheets: [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, { name: "Ziele", cells: rows("A1", rowsData) }] }),
  );
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const HEAD = ["Kennzahl", "Vorjahreswert", "Zielwert", "Abweichung in %"];

describe.each(["K3E1 Zugangsrate LZB", "Zugangsrate in Langzeitleistungsbezug", "LZB-Zugangsrate", "Abgangsrate aus LZB", "Übergangsquote in LZB"])("„%s“ (a rate, in %%)", (label) => {
  it("is never sicher as the LZB share or the LZB stock", () => {
    const by = map([HEAD, [label, pct(0.019), pct(0.018), pct(-0.053)]]);
    for (const name of ["KUN_Anteil_LZB", "KUN_Anteil_LZB_VJ", "ZIE_LZB", "ZIE_LZB_VJ"]) expect(by.get(name)?.confidence).not.toBe("high");
  });
});

it.each([
  ["K3 LZB-Bestand", "Anteil LZB an den eLb"],
  ["Bestand Langzeitleistungsbezieher", "LZB-Quote"],
])("beside a rate row, „%s“ stays the stock and „%s“ the share", (stock, share) => {
  const by = map([HEAD, [stock, num(5_312), num(5_150), pct(-0.0305)], [share, pct(0.612), pct(0.6), pct(-0.0196)], ["K3E1 Zugangsrate LZB", pct(0.019), pct(0.018), pct(-0.053)]]);
  expect(by.get("ZIE_LZB")).toMatchObject({ ref: "Ziele!$C$2" });
  expect(by.get("KUN_Anteil_LZB")?.ref).not.toBe("Ziele!$C$4");
});
