// Writes and reads in syncs sized by the number of operations, because Excel on the web refuses a request
// above 5 MB as a whole (RequestPayloadSizeLimitExceeded; docs: "Resource limits and performance
// optimization"). A chunk Excel still refuses as too large is halved and tried again (the refused request
// applied nothing); the smaller size is kept for the chunks that follow.
import { isPayloadLimit } from "./usedCells";

/**
 * Operations per sync for the marks: a mark is about four (add, rule formula, fill colour, id), a delete one,
 * a read about three. 4,000 operations of a few hundred bytes each stay well below 5 MB.
 */
export const DEFAULT_OPS_PER_SYNC = 4_000;

/**
 * Queues `step` for each chunk of `items` (at most `size` per sync) and syncs it. Returns each chunk's result
 * in order. A payload refusal halves the chunk and repeats it; any other error is thrown (the chunks before
 * it are applied, as Excel does not roll a sync back).
 */
export async function syncInChunks<T, R>(context: Excel.RequestContext, items: T[], size: number, step: (chunk: T[]) => R): Promise<R[]> {
  const results: R[] = [];
  let per = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; ) {
    const chunk = items.slice(i, i + per);
    const result = step(chunk);
    try {
      // One sync per chunk: the payload limit, not a loop that could be batched.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || chunk.length === 1) throw e;
      per = Math.ceil(chunk.length / 2);
      continue;
    }
    results.push(result);
    i += chunk.length;
  }
  return results;
}

/** Like syncInChunks for a step that syncs itself (a read of one or two syncs): halves on a payload refusal. */
export async function inChunks<T, R>(items: T[], size: number, step: (chunk: T[]) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let per = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; ) {
    const chunk = items.slice(i, i + per);
    try {
      results.push(await step(chunk));
    } catch (e) {
      if (!isPayloadLimit(e) || chunk.length === 1) throw e;
      per = Math.ceil(chunk.length / 2);
      continue;
    }
    i += chunk.length;
  }
  return results;
}
