import { readColumn } from "../src/core/columnRoles";
import { roleOf } from "../src/core/mapper/roles";
import { fold } from "../src/core/mapper/normalize";
import { matchLabel } from "../src/core/mapper/matchLabel";
for (const t of ["2025 (Jan–Jun)", "2024", "Ø eLb-Bestand", "Anteil LZB an eLb", "Anteil U25 an Arbeitslosen", "davon vom Kreis zugewiesen", "Frauenanteil 2026 (Plan)", "Anteil Personal der BA (Zuweisung)", "Anteil kreiseigenes Personal"]) console.log(t, JSON.stringify(readColumn(t)), roleOf(fold(t), 2026));
