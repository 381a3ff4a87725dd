// Structure protection (Überprüfen → Arbeitsmappe schützen) forbids inserting, deleting, hiding and renaming
// sheets (Excel help, "Protect a workbook"; WorkbookProtection.protected, ExcelApi 1.7). Every action that adds
// or deletes a sheet checks it first and stops with a German message instead of Excel's bare AccessDenied —
// "Vorlage anlegen", "Prüfprotokoll schreiben", and any later one (a history sheet, the AIP tables).
// Defined names are not checked: whether Excel refuses them under structure protection is documented
// neither way (the fake assumes it does not).

export class StructureProtected extends Error {
  constructor(readonly action: string) {
    super(
      `${action}: Die Struktur der Arbeitsmappe ist geschützt (Überprüfen → Arbeitsmappe schützen), daher können keine Blätter angelegt oder gelöscht werden. Heben Sie den Schutz auf und versuchen Sie es noch einmal.`,
    );
    this.name = "StructureProtected";
  }
}

/**
 * Queues the read of WorkbookProtection.protected for the caller's next sync (no sync of its own); call the
 * returned function after that sync. Throws StructureProtected, naming `action` ("Vorlage anlegen").
 */
export function queueStructureCheck(context: Excel.RequestContext, action: string): () => void {
  const refusal = queueStructureRefusal(context, action);
  return () => {
    const refused = refusal();
    if (refused) throw refused;
  };
}

/** The same for callers that report the refusal in their result instead of throwing: the error, or undefined. */
export function queueStructureRefusal(context: Excel.RequestContext, action: string): () => StructureProtected | undefined {
  const protection = context.workbook.protection.load("protected");
  return () => (protection.protected ? new StructureProtected(action) : undefined);
}

/** The same with its own sync, for code that has no read sync to ride along with. */
export async function assertCanAddSheet(context: Excel.RequestContext, action: string): Promise<void> {
  const check = queueStructureCheck(context, action);
  await context.sync();
  check();
}
