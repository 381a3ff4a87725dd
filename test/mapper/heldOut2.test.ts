// The second held-out layout (test/fixtures/heldOut2.ts), written after the matcher and not tuned against:
// no wrong "sicher" ever; its share is what it measured once (17 of 21 on 2026-12-06), raised to what the
// mapper measures since (21 of 21: staff as of "Stand 31.12.2024" are the current stock, and "Bundesmittel
// Verwaltung lt. EinglMV" is read by the Verwaltungshaushalt rows around it). A change that raises it should
// raise the floor here.
import { measure } from "../../scripts/mapping-share";
import { heldOut2Layout } from "../fixtures/heldOut2";

test("no wrong sicher, and at least the share it measured when first run", () => {
  const r = measure(heldOut2Layout());
  expect(r.wrong).toEqual([]);
  expect(r.high).toBeGreaterThanOrEqual(21);
  expect(r.total).toBe(21);
});
