// The comment every defined name set by AIP für Excel carries (the task pane's "Einrichten" and
// `aip map --write` alike), so "Zuordnung entfernen" on either side deletes exactly those names.
//
// Nothing lost: when the user asks Einrichten to replace a definition (repair a broken name, a sheet-scoped
// duplicate, a wrong shape), the new name's comment also holds what the replaced names referred to —
// "Von AIP für Excel angelegt | ersetzt: [{"f":"=Budget!$B$3"},{"s":"Haushalt","f":"=#REF!","c":"…"}]"
// (f formula, s sheet of a sheet-scoped name, c its comment) — and "Zuordnung entfernen" defines them again
// exactly so. The comment stays in the workbook with the name (no separate store to lose or to get out of
// step), but Excel limits a name's comment to 255 characters (Name.Comment, Excel VBA reference): a
// definition that does not fit is not replaced (the caller refuses with the reason).
export const MAPPER_MARKER = "Von AIP für Excel angelegt";

/** Excel's limit for a defined name's comment (Name.Comment: "cannot exceed 255 characters"). */
export const MAX_NAME_COMMENT = 255;

const REPLACED_TAG = " | ersetzt: ";

/** A definition the add-in replaced: its formula, its sheet when it was sheet-scoped, and its comment. */
export interface ReplacedDefinition {
  formula: string;
  sheet?: string;
  comment?: string;
}

/** Whether a name's comment marks it as set by the add-in. */
export function isMarkedByAddIn(comment: string | undefined): boolean {
  if (comment === undefined) return false;
  const c = comment.trim();
  return c === MAPPER_MARKER || c.startsWith(MAPPER_MARKER + REPLACED_TAG);
}

/** The definitions a marked name replaced (empty for a plain marker or an unreadable tail). */
export function replacedDefinitions(comment: string | undefined): ReplacedDefinition[] {
  if (!isMarkedByAddIn(comment)) return [];
  const tail = comment!.trim().slice(MAPPER_MARKER.length);
  if (!tail.startsWith(REPLACED_TAG)) return [];
  try {
    const list = JSON.parse(tail.slice(REPLACED_TAG.length)) as Array<{ f?: unknown; s?: unknown; c?: unknown }>;
    if (!Array.isArray(list)) return [];
    return list
      .filter((d) => typeof d.f === "string")
      .map((d) => ({ formula: d.f as string, ...(typeof d.s === "string" ? { sheet: d.s } : {}), ...(typeof d.c === "string" ? { comment: d.c } : {}) }));
  } catch {
    return [];
  }
}

/**
 * The comment of a name that replaces `previous` (none: the plain marker). A replaced name the add-in had set
 * passes on what it had replaced itself, so removal restores the user's definition, not an earlier mapping.
 * Undefined when it would exceed Excel's 255 characters.
 */
export function markerComment(previous: readonly ReplacedDefinition[]): string | undefined {
  const user = previous.flatMap((p) => (isMarkedByAddIn(p.comment) ? replacedDefinitions(p.comment) : [p]));
  if (user.length === 0) return MAPPER_MARKER;
  const text = MAPPER_MARKER + REPLACED_TAG + JSON.stringify(user.map((p) => ({ f: p.formula, ...(p.sheet ? { s: p.sheet } : {}), ...(p.comment ? { c: p.comment } : {}) })));
  return text.length <= MAX_NAME_COMMENT ? text : undefined;
}
