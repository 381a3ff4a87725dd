// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 6127 of 6258).
describeInvariance(1, 2, { spalteDavor: 6127, zeilenOben: 6127, jahrPlusEins: 6127, blattFolgeUmgekehrt: 6127, leerzeichen: 6127, titelVerbunden: 6128 });
