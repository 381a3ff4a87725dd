// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 9373 of 9474).
describeInvariance(1, 2, { spalteDavor: 9373, zeilenOben: 9373, jahrPlusEins: 9373, blattFolgeUmgekehrt: 9373, leerzeichen: 9373, titelVerbunden: 9375 });
