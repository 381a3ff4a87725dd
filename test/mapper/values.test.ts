// judgeValue follows the contract's cell kinds, so the mapper and the check agree on what a figure may hold.
import { judgeValue } from "../../src/core/mapper/values";

describe("judgeValue by contract kind", () => {
  it.each([
    ["a fractional stock (=MITTELWERT …)", "ZIE_ELB_VJ", 4559.58, "#,##0.00", true],
    ["a fractional LZB target (=AIP.LZB_ZIEL …)", "ZIE_LZB", 2721.28, "#,##0.00", true],
    ["a fractional head count", "PER_Beschaeftigte", 123.5, "0.0", false],
    ["a negative stock", "KUN_ELB", -5, "0", false],
    ["a stock formatted as percent", "ZIE_LZB", 0.561, "0.0%", false],
    ["a negative Umschichtung (moneySigned)", "BUD_VH_Umschichtung", -250000, "#,##0", true],
    ["a negative Verwaltungshaushalt", "BUD_VH_Gesamt", -250000, "#,##0", false],
    ["money below one euro", "BUD_VH_KFA", 0.5, "#,##0.00", false],
  ])("%s", (_what, name, value, format, ok) => {
    expect(judgeValue(name, value, format, false).ok).toBe(ok);
  });
});
