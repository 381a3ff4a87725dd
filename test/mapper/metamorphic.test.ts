// Metamorphic invariance of the mapper (test/helpers/metamorphic.ts, `npx tsx scripts/metamorphic.ts`): an
// empty column before A, three empty rows on top, every year one later, the sheets in reverse order,
// non-breaking or doubled spaces and a lone text merged across the sheet change nothing a reader sees, so they
// must add no wrong "sicher" and lose no right one. Every other layout of ALL_LAYOUTS here, the rest in
// metamorphic2.test.ts (one run over all takes longer than a minute).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 9393 of 9493).
describeInvariance(0, 2, { spalteDavor: 9393, zeilenOben: 9393, jahrPlusEins: 9393, blattFolgeUmgekehrt: 9393, leerzeichen: 9393, titelVerbunden: 9393 });
