// Every contract name belongs to exactly one area, derived from its prefix.
import { AREAS, areaOf, namesOfArea } from "../../src/core/areas";
import { CONTRACT } from "../../src/core/contract";

describe("areas", () => {
  it("puts every contract name into an area", () => {
    for (const c of CONTRACT) expect(areaOf(c.name)).toBeDefined();
    expect(AREAS.flatMap((a) => namesOfArea(a.id)).length).toBe(CONTRACT.length);
  });

  it.each([
    ["AIP_Planjahr", "Eckdaten", "Key data"],
    ["bud_vh_gesamt", "Haushalt", "Budget"],
    ["PER_VZAE_Bereiche", "Personal", "Staff"],
    ["FOE_Tabelle", "Förderung", "Funding"],
    ["ZIE_IQ", "Ziele", "Targets"],
    ["KUN_ELB", "Kunden", "Customers"],
  ])("%s → %s / %s", (name, de, en) => {
    expect(areaOf(name)).toMatchObject({ titleDe: de, titleEn: en });
  });

  it("knows no area for other names", () => {
    expect(areaOf("Print_Area")).toBeUndefined();
  });
});
