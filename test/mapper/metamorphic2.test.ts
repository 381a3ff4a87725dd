// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 4044 of 4151).
describeInvariance(1, 2, { spalteDavor: 4044, zeilenOben: 4044, jahrPlusEins: 4044, blattFolgeUmgekehrt: 4044, leerzeichen: 4044, titelVerbunden: 4044 });
