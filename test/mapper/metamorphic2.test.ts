// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 6867 of 6985).
describeInvariance(1, 2, { spalteDavor: 6867, zeilenOben: 6867, jahrPlusEins: 6867, blattFolgeUmgekehrt: 6867, leerzeichen: 6867, titelVerbunden: 6868 });
