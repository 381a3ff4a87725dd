// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 4078 of 4151).
describeInvariance(1, 2, { spalteDavor: 4078, zeilenOben: 4078, jahrPlusEins: 4078, blattFolgeUmgekehrt: 4078, leerzeichen: 4078, titelVerbunden: 4078 });
