// The mapper and the check must agree on part rows ("darunter …", "hiervon …"): a row the check reads as
// level 2 (src/core/resolve/labels.ts) is a row-group member for the mapper and never one of the
// instruments by which it recognises a Förderung table; a word the mapper groups by is level 2 for the
// check. Otherwise a table the mapper proposes would count a part row as an instrument in the check
// (two false istplan/gesamt errors) or the other way round.
import { FOE_PART, fold, proposeMapping } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { DARUNTER_WORDS, DAVON_WORDS, isDavon, levelOfLabel } from "../../src/core/resolve/labels";
import type { CellValue } from "../../src/core/snapshot";

// As controllers type them: capitals, abbreviation dots, colons, dashes.
const WRITTEN: Record<string, string[]> = {
  davon: ["davon", "Davon:", "- davon"],
  dav: ["dav.", "Dav."],
  hiervon: ["hiervon", "Hiervon:", "– hiervon"],
  darunter: ["darunter", "Darunter:"],
  dar: ["dar.", "Dar."],
  dabei: ["dabei", "Dabei:"],
  "u a": ["u. a.", "U.a.", "u.a."],
  "unter anderem": ["unter anderem", "Unter anderem:"],
  "und zwar": ["und zwar"],
};
const WORDS = [...DAVON_WORDS, ...DARUNTER_WORDS];

test("every level-2 word of the check has its written forms here", () => {
  expect(Object.keys(WRITTEN).sort()).toEqual([...WORDS].sort());
});

describe.each(WORDS.flatMap((w) => WRITTEN[w].map((written) => [w, written] as const)))("„%s“ as „%s …“", (word, written) => {
  it("is level 2 for the check, davon or darunter by its word", () => {
    expect(levelOfLabel(`${written} Frauen`, false)).toBe(2);
    expect(levelOfLabel(`${written} Frauen`, true)).toBe(2);
    expect(isDavon(`${written} Frauen`)).toBe(DAVON_WORDS.includes(word));
  });

  it("is a part row for the mapper: never an instrument, and a member of the row group above", () => {
    expect(FOE_PART.test(fold(`${written} Jugendliche`))).toBe(true);
    const women = matchLabel(`${written} Frauen`).member.map((s) => s.id);
    expect(women).toEqual(["iq-frauen", "lzb-frauen"]);
  });
});

test("instrument names are no part rows, for either", () => {
  for (const label of ["Darlehen", "Dabeibleiben-Programm", "Uaw-Coaching", "Davos", "FbW", "Unterstützung"]) {
    expect(levelOfLabel(label, false)).toBe(1);
    expect(FOE_PART.test(fold(label))).toBe(false);
  }
});

// A table on a sheet not named after the Förderung needs an instrument row to be taken for sure; a part row
// that names one ("darunter Jugendliche", "hiervon FbW") is not an instrument and does not count.
const sheetWith = (rows: CellValue[][]) =>
  proposeMapping({ sheets: [{ name: "Tabelle1", origin: "A1", values: [["Instrument", "Ist 2023", "Plan 2024"], ...rows] }] }).proposals.find(
    (p) => p.name === "FOE_Tabelle",
  );

test.each(["darunter Jugendliche", "hiervon FbW", "u. a. Jugendliche", "dabei EGZ"])("the mapper does not count „%s“ as an instrument", (part) => {
  const withInstrument = sheetWith([["Sonstige Maßnahmen", 10, 10], ["Jugendliche", 5, 5], ["Gesamt", 15, 15]]);
  expect(withInstrument).toMatchObject({ confidence: "high" });
  const withPart = sheetWith([["Sonstige Maßnahmen", 10, 10], [part, 5, 5], ["Gesamt", 10, 10]]);
  expect(withPart).toMatchObject({ confidence: "low", reasonId: "kontext" });
});
