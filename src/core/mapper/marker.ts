// The comment every defined name set by AIP für Excel carries (the task pane's "Einrichten" and
// `aip map --write` alike), so "Zuordnung entfernen" on either side deletes exactly those names.
export const MAPPER_MARKER = "Von AIP für Excel angelegt";

/** Whether a name's comment marks it as set by the add-in. */
export function isMarkedByAddIn(comment: string | undefined): boolean {
  return comment !== undefined && comment.trim() === MAPPER_MARKER;
}
