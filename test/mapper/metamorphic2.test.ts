// Metamorphic invariance of the mapper, the second half of ALL_LAYOUTS (see metamorphic.test.ts).
import { describeInvariance } from "../helpers/metamorphicSuite";

// Right "sicher" proposals over the part after each transformation, as measured (the untransformed part: 6865 of 6985).
describeInvariance(1, 2, { spalteDavor: 6865, zeilenOben: 6865, jahrPlusEins: 6865, blattFolgeUmgekehrt: 6865, leerzeichen: 6865, titelVerbunden: 6866 });
