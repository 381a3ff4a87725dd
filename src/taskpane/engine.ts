// Loads the engine chunk once, on the first "Mappe prüfen" (webpack splits the dynamic import off).
export type EngineChunk = typeof import("./engineChunk");

let pending: Promise<EngineChunk> | undefined;

export function loadEngine(): Promise<EngineChunk> {
  pending ??= import(/* webpackChunkName: "engine" */ "./engineChunk").catch((e: unknown) => {
    pending = undefined; // let the next click try again
    throw e;
  });
  return pending;
}
