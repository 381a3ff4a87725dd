// The one test body of test/mapper/metamorphic.test.ts and metamorphic2.test.ts: the layouts of ALL_LAYOUTS
// are split into parts (every n-th layout) so one file stays well under a minute single-threaded.
import { ALL_LAYOUTS } from "../../scripts/mapping-share";
import { checkInvariance, TRANSFORMS, type InvarianceResult, type TransformKind } from "./metamorphic";

/** The layouts of part `part` (0-based) of `parts`: every parts-th layout from the part's index. */
export const layoutPart = (part: number, parts: number) => ALL_LAYOUTS.filter((_, i) => i % parts === part);

export function describeInvariance(part: number, parts: number, floors: Record<TransformKind, number>): void {
  let results: InvarianceResult[] = [];

  beforeAll(() => {
    results = checkInvariance(
      TRANSFORMS.map((t) => t.kind),
      layoutPart(part, parts),
    );
  }, 180_000);

  describe.each(TRANSFORMS)("$title", ({ kind }) => {
    const result = () => results.find((r) => r.kind === kind)!;

    it("adds no wrong sicher", () => {
      expect(result().newWrong).toEqual([]);
    });

    it("loses no right sicher figure of any layout", () => {
      expect(result().dropped).toEqual([]);
    });

    it("keeps the right sicher count at its floor", () => {
      expect(result().high).toBeGreaterThanOrEqual(floors[kind]);
    });
  });
}
