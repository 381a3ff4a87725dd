// Fake of Office.context.document.settings: each pane holds an in-memory copy of the document's settings,
// taken when it opened; saveAsync writes the whole copy into the fake document (last writer wins, as Office
// saves the whole property bag), refreshAsync reloads the copy from the document (docs: Office.Settings,
// refreshAsync "useful in Excel … coauthoring scenarios"). A test that forgets saveAsync loses the change on
// "reopen" exactly as a user would, and a pane that does not refresh overwrites a co-author's saved keys.
// Options: `settingsRefresh: false` (refreshAsync missing: it is in no requirement set), `settingsSaveFails`
// (saveAsync reports failed with code 5001 although nothing was saved: office-js #761, #1456), `readOnly`
// (saveAsync fails too: a read-only document cannot store settings).
import type { FakeDocument } from "./document";
import type { FakeOptions } from "./proxy";

interface AsyncResultLike {
  status: "succeeded" | "failed";
  value: unknown;
  error?: { code: number; message: string };
}

export class FakeSettings {
  private live: Map<string, unknown>;
  /** saveAsync calls (tests: a read-only document is not even tried). */
  saveCalls = 0;
  /** Present unless options.settingsRefresh === false. */
  readonly refreshAsync?: (callback?: (result: AsyncResultLike) => void) => void;

  constructor(
    private readonly doc: () => FakeDocument,
    private readonly options: FakeOptions = {},
  ) {
    this.live = this.persisted();
    if (options.settingsRefresh !== false) {
      this.refreshAsync = (callback) => {
        this.live = this.persisted();
        setTimeout(() => callback?.({ status: "succeeded", value: this }), 0);
      };
    }
  }
  private persisted(): Map<string, unknown> {
    return new Map(Object.entries(structuredClone(this.doc().settings)));
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
    this.saveCalls++;
    if (this.options.settingsSaveFails || this.options.readOnly) {
      setTimeout(() => cb?.({ status: "failed", value: undefined, error: { code: 5001, message: "An internal error has occurred." } }), 0);
      return;
    }
    this.doc().settings = Object.fromEntries([...this.live].map(([k, v]) => [k, structuredClone(v)]));
    setTimeout(() => cb?.({ status: "succeeded", value: undefined }), 0);
  }
}
