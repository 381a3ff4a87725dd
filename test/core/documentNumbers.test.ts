// The document check's reading of printed figures: what counts as a figure (not years, dates, paragraphs,
// report numbers), German number syntax, sentences, and agreement at the printed precision.
import { compareAsPrinted, findNumbers, parseCellNumber, sentences } from "../../src/core/document";

describe("findNumbers", () => {
  it.each([
    ["458 Förderungen", [["458", 458, 0, false]]],
    ["4.560 erwerbsfähigen", [["4.560", 4560, 0, false]]],
    ["beträgt 16,4 %.", [["16,4 %", 16.4, 1, true]]],
    ["Anstieg der LZB von +6,3 %", [["+6,3 %", 6.3, 1, true]]],
    ["(-569 / -23,7 % BM Oktober)", [["-569", -569, 0, false], ["-23,7 %", -23.7, 1, true]]],
    ["Verwaltungshaushalt 9.994.076 €", [["9.994.076 €", 9994076, 0, false]]],
    ["im Jahr 2024, Stand 21.02.2024, seit 06/2022 (IAB-Kurzbericht 18/23) nach § 16i SGB II, Niveau B1", []],
    ["Stichtag 01.01. in 2024 lt. Planung 123 Mitarbeiter", [["123", 123, 0, false]]],
  ] as Array<[string, Array<[string, number, number, boolean]>]>)("%s", (text, expected) => {
    expect(findNumbers(text).map((n) => [n.raw, n.value, n.decimals, n.percent])).toEqual(expected);
  });

  it("marks approximations and percentage points", () => {
    const [rund] = findNumbers("rund 16 %");
    expect(rund.approx).toBe(true);
    const [points] = findNumbers("um 1,2 % Punkte über");
    expect(points.points).toBe(true);
  });
});

describe("parseCellNumber", () => {
  it.each([
    ["9.994.076", 9994076],
    ["16,0%", 16],
    ["−2,5", -2.5],
    ["+6,3", 6.3],
    ["115,0", 115],
    ["42,5 VZÄ", 42.5],
  ])("%s → %p", (text, value) => expect(parseCellNumber(text)?.value).toBe(value));
  it.each(["Plan 2024", "Ist 2023", "Gesamt", "3 von 4", ""])("%s is no figure", (text) => expect(parseCellNumber(text)).toBeUndefined());
});

describe("compareAsPrinted", () => {
  const n = (text: string) => findNumbers(text)[0];
  it.each([
    ["16,4 %", 0.16447368, true],
    ["16,45 %", 0.16447368, true],
    ["rund 16 %", 0.16447368, true],
    ["16,5 %", 0.16447368, false],
    ["16 %", 0.155, true],
    ["rund 870", 869, true],
    ["870", 869, false],
    ["-2,5", -0.025, true],
    ["+6,3 %", 0.063, true],
  ] as Array<[string, number, boolean]>)("%s vs %p → %p", (text, value, agrees) => {
    const printed = n(text);
    expect(compareAsPrinted(printed, value, printed.percent || /^[+-]/.test(text)).agrees).toBe(agrees);
  });
});

describe("sentences", () => {
  it("ends at a period after a word or a year, not after an abbreviation, ordinal or date", () => {
    expect(sentences("Es sind ca. 25 % mehr als im Herbst 2019. Zum Stichtag 01.01. in 2024 lt. Planung 123 Mitarbeiter. Ende.")).toEqual([
      "Es sind ca. 25 % mehr als im Herbst 2019.",
      "Zum Stichtag 01.01. in 2024 lt. Planung 123 Mitarbeiter.",
      "Ende.",
    ]);
  });
});
