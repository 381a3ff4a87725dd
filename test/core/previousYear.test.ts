// Issue 15 §5: where ZIE_VJ_Stand / ZIE_VJ_Status say how final the previous-year values are, every message
// that rests on one names it; without them (the example) messages stay as they are.
import { check } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { renderFindings } from "../../src/core/messages/catalogue";
import { example } from "../helpers/example";

const STAND = 45337; // 15.02.2024

describe("previous-year status in messages", () => {
  const changed = () => example().set("ZIE_Integrationen_VJ", 760);

  it("a finding on a previous-year value says 'Vorjahreswert (Stand …, voraussichtlich)', in German and English", () => {
    const snapshot = changed().withPreviousYearStatus(STAND, "voraussichtlich").snapshot();
    const f = check(snapshot).find((x) => x.rule === "ziele/iq-vorjahr")!;
    expect(f.data).toMatchObject({ vjStand: STAND, vjStatus: "voraussichtlich" });
    expect(f.message).toMatch(/ \(Vorjahreswert: Stand 15\.02\.2024, voraussichtlich\)$/);
    expect(renderFindings([f], "en")[0].message).toMatch(/ \(previous-year value: as of 2024-02-15, forecast\)$/);
    // the same finding without the status names nothing more
    const plain = check(changed().snapshot()).find((x) => x.rule === "ziele/iq-vorjahr")!;
    expect(f.message).toBe(plain.message + " (Vorjahreswert: Stand 15.02.2024, voraussichtlich)");
  });

  it("the Stand alone is enough; a status the add-in does not know is quoted in English", () => {
    const onlyStand = check(changed().withPreviousYearStatus(STAND).snapshot()).find((x) => x.rule === "ziele/iq-vorjahr")!;
    expect(onlyStand.message).toMatch(/\(Vorjahreswert: Stand 15\.02\.2024\)$/);
    const other = check(changed().withPreviousYearStatus(STAND, "Schätzung").snapshot()).find((x) => x.rule === "ziele/iq-vorjahr")!;
    expect(renderFindings([other], "en")[0].message).toMatch(/as of 2024-02-15, “Schätzung”\)$/);
  });

  it("on the example: only the findings that rest on a previous-year value get the note; types findings never", () => {
    const withStatus = check(example().withPreviousYearStatus(STAND, "voraussichtlich").snapshot());
    const without = check(exampleSnapshot());
    expect(withStatus.map((f) => f.rule)).toEqual(without.map((f) => f.rule));
    withStatus.forEach((f, i) => {
      const restsOnVj = f.names.some((n) => /^ZIE_.*_VJ$/.test(n));
      expect(f.message).toBe(without[i].message + (restsOnVj ? " (Vorjahreswert: Stand 15.02.2024, voraussichtlich)" : ""));
    });
    expect(withStatus.filter((f) => f.message.endsWith("voraussichtlich)")).map((f) => f.rule)).toEqual(["ziele/veraenderung-iq"]);
    const typed = check(example().set("ZIE_ELB_VJ", "4.560").withPreviousYearStatus(STAND, "voraussichtlich").snapshot()).filter((f) => f.rule.startsWith("typen/"));
    expect(typed.length).toBeGreaterThan(0);
    for (const f of typed) expect(f.message).not.toMatch(/Vorjahreswert:/);
  });
});
