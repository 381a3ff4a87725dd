// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 7696 of 7864).
describeInvariance(1, 2, { spalteDavor: 7696, zeilenOben: 7696, jahrPlusEins: 7696, blattFolgeUmgekehrt: 7696, leerzeichen: 7696, titelVerbunden: 7697 });
