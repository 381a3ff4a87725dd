// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 5359 of 5460).
describeInvariance(1, 2, { spalteDavor: 5359, zeilenOben: 5359, jahrPlusEins: 5359, blattFolgeUmgekehrt: 5359, leerzeichen: 5359, titelVerbunden: 5359 });
