// Fake of Office.context.document.settings: settings live in memory until saveAsync
// copies them into the fake document (as Office saves them with the workbook), so a test that forgets
// saveAsync loses them on "reopen" exactly as a user would.
import type { FakeDocument } from "./document";

interface AsyncResultLike {
  status: "succeeded" | "failed";
  value: undefined;
  error?: { message: string };
}

export class FakeSettings {
  private live: Map<string, unknown>;
  constructor(private readonly doc: FakeDocument) {
    this.live = new Map(Object.entries(structuredClone(doc.settings)));
  }
  get(name: string): unknown {
    return this.live.has(name) ? structuredClone(this.live.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, structuredClone(value));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(optionsOrCallback?: unknown, callback?: (result: AsyncResultLike) => void): void {
    const cb = typeof optionsOrCallback === "function" ? (optionsOrCallback as (r: AsyncResultLike) => void) : callback;
    this.doc.settings = Object.fromEntries([...this.live].map(([k, v]) => [k, structuredClone(v)]));
    setTimeout(() => cb?.({ status: "succeeded", value: undefined }), 0);
  }
}
