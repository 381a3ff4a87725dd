// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 9352 of 9474).
describeInvariance(1, 2, { spalteDavor: 9352, zeilenOben: 9352, jahrPlusEins: 9352, blattFolgeUmgekehrt: 9352, leerzeichen: 9352, titelVerbunden: 9355 });
