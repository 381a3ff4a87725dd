// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 8612 of 8731).
describeInvariance(1, 2, { spalteDavor: 8612, zeilenOben: 8612, jahrPlusEins: 8612, blattFolgeUmgekehrt: 8612, leerzeichen: 8612, titelVerbunden: 8614 });
