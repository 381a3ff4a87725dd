// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 2391 of 2480).
describeInvariance(1, 2, { spalteDavor: 2391, zeilenOben: 2391, jahrPlusEins: 2391, blattFolgeUmgekehrt: 2391, leerzeichen: 2391, titelVerbunden: 2393 });
