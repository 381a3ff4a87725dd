// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 6830 of 6985).
describeInvariance(1, 2, { spalteDavor: 6830, zeilenOben: 6830, jahrPlusEins: 6830, blattFolgeUmgekehrt: 6830, leerzeichen: 6830, titelVerbunden: 6857 });
