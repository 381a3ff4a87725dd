// The request/proxy machinery of the fake Excel, modelled on Office.js: calls on proxy objects only queue
// commands; `context.sync()` runs them in order against the document, counts the sync and logs every
// write. A property read before `load` + `sync` throws PropertyNotLoaded, `items` of a collection too,
// and `isNullObject` is known only after a sync. That is what lets the unit tests prove the adapter's
// load discipline and sync counts — `office-addin-mock` has no collections and never throws on an
// unloaded read, so it cannot.
import type { FakeDocument } from "./document";

/** Shaped like OfficeExtension.Error: `code` is what callers branch on. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code:
      | "PropertyNotLoaded"
      | "ItemNotFound"
      | "InvalidArgument"
      | "InvalidOperation"
      | "ItemAlreadyExists"
      | "RequestPayloadSizeLimitExceeded"
      | "ApiNotFound"
      | "AccessDenied"
      | "GeneralException",
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function propertyNotLoaded(prop: string, owner: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** One write as it reached the workbook, so tests can assert that a check writes nothing. */
export interface FakeWrite {
  /** Which sync (1-based, over the fake's life) applied it: tests assert "one write sync". */
  sync: number;
  kind: string;
  target: string;
  detail?: unknown;
}

/**
 * Switches for how Excels differ, so tests can prove the adapter's fallbacks (defaults: the strictest
 * behaviour that is documented or reported, see workbook.ts).
 */
export interface FakeOptions {
  /** false: Excel rejects the nested path `items/names/items/name` (sync fails); "ignored": accepts it, loads nothing. */
  nestedNamesLoad?: boolean | "ignored";
  /** Highest ExcelApi requirement set this Excel supports, "1.9" … "1.18" (default "1.18"). */
  excelApi?: string;
  /** Excel on the web: worksheet.names also lists the workbook's names (office-js#1011). */
  sheetNamesIncludeWorkbook?: boolean;
  /** The workbook is open read-only (Workbook.readOnly, Office.context.document.mode): every write fails the sync. */
  readOnly?: boolean;
  /** The workbook's structure is protected (WorkbookProtection.protected). */
  structureProtected?: boolean;
  /** false: Office.Settings has no refreshAsync (it is in no requirement set; docs: Office.Settings). */
  settingsRefresh?: boolean;
  /** settings.saveAsync reports failed, code 5001, and saves nothing (Excel on the web: office-js #761, #1456). */
  settingsSaveFails?: boolean;
  /**
   * A co-author saves document settings while this pane works: after the given sync (1-based, over the fake's
   * life) the persisted settings change (null removes a key); this pane's in-memory copy does not, until
   * refreshAsync (docs: "Coauthoring in Excel add-ins", Office.Settings.refreshAsync).
   */
  coAuthorSaves?: Array<{ afterSync: number; settings: Record<string, unknown> }>;
  /**
   * Excel on the web refuses a request above 5 MB with RequestPayloadSizeLimitExceeded (docs: "Resource limits
   * and performance optimization"). Modelled by counting the queued operations of one sync: above this
   * number the whole sync is refused and nothing of it applied.
   */
  requestPayloadLimit?: number;
  /** German desktop Excel: Worksheet.getRanges wants ";" between areas and refuses "," (office-js #1167, #1985). */
  listSeparatorSemicolon?: boolean;
  /** Range.getMergedAreasOrNullObject reports each merged area as its top-left cell only (office-js #1590). */
  mergedAreasAnchorsOnly?: boolean;
  /** R1C1 reference style: NamedItem.formula and value come back in R1C1 form (office-js #1831). */
  namesFormulaR1C1?: boolean;
  /** German Excel: a broken name's formula and value say #BEZUG! instead of #REF!. */
  germanErrorTexts?: boolean;
  /** ConditionalFormat.id is the format's priority (position) on its sheet, as the API reference words it. */
  cfIdIsPriority?: boolean;
}

/** Whether `options` support ExcelApi `version` ("1.9" < "1.18": compared as numbers, not text). */
export function supportsExcelApi(options: FakeOptions, version: string): boolean {
  const minor = (v: string) => Number(v.split(".")[1] ?? 0);
  return minor(options.excelApi ?? "1.18") >= minor(version);
}

/** Shared by every context of one fake workbook. */
export interface FakeSession {
  doc: FakeDocument;
  syncCount: number;
  writeLog: FakeWrite[];
  view: { activeSheet: string; selection: { sheet: string; address: string } | null };
  options: FakeOptions;
  notify(): void;
}

/** Office.js refuses a request or response above about 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeContext {
  private queue: Array<() => void> = [];
  private responseBytes = 0;
  /** Set by fakeExcel: the workbook proxy of this context. */
  workbook: unknown;
  constructor(readonly session: FakeSession) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  write(kind: string, target: () => string, apply: () => unknown): void {
    this.enqueue(() => {
      // A read-only workbook refuses every change (docs: Workbook.readOnly; the error code Excel gives is AccessDenied).
      if (this.session.options.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
      const where = target(); // before applying: a delete removes what the target names
      const detail = apply();
      this.session.writeLog.push({ sync: this.session.syncCount, kind, target: where, ...(detail === undefined ? {} : { detail }) });
    });
  }

  /** Count what a sync would send back; a real sync fails as a whole above the payload limit. */
  addResponse(value: unknown): void {
    this.responseBytes += JSON.stringify(value).length;
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  async sync(): Promise<void> {
    this.session.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    try {
      this.runOps(ops);
    } finally {
      this.coAuthorSaves();
    }
  }

  /** options.coAuthorSaves: a co-author's saved settings land in the document between two syncs. */
  private coAuthorSaves(): void {
    for (const save of this.session.options.coAuthorSaves ?? []) {
      if (save.afterSync !== this.session.syncCount) continue;
      const next = { ...this.session.doc.settings };
      for (const [key, value] of Object.entries(save.settings)) {
        if (value === null) delete next[key];
        else next[key] = structuredClone(value);
      }
      this.session.doc.settings = next;
    }
  }

  private runOps(ops: Array<() => void>): void {
    const limit = this.session.options.requestPayloadLimit;
    if (limit !== undefined && ops.length > limit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${ops.length} operations, fake limit ${limit}).`);
    }
    const writesBefore = this.session.writeLog.length;
    try {
      for (const op of ops) op(); // like Excel: commands before a failing one stay applied
    } finally {
      if (this.session.writeLog.length !== writesBefore) this.session.notify();
    }
  }
}

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

/**
 * A path Excel receives but cannot resolve: an array element "items/…" (office.js strips "items/" only from
 * string paths, office-js#190). It loads nothing, so reading the property afterwards throws PropertyNotLoaded.
 */
export const UNRESOLVED_PATH = "\u0000unresolved";

/** "a, items/b/c" or ["a"] or {select, expand} or {a: true, b: {c: true}} → [["a"], ["items","b","c"]]. */
export function parseLoadSpec(spec?: LoadSpec): string[][] {
  if (spec === undefined) return [];
  const fromText = (t: string | string[]) =>
    (Array.isArray(t) ? t : t.split(","))
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => (Array.isArray(t) && p.split("/").includes("items") ? [UNRESOLVED_PATH] : p.split("/")));
  if (typeof spec === "string" || Array.isArray(spec)) return fromText(spec);
  if ("select" in spec || "expand" in spec) {
    const s = spec as { select?: string | string[]; expand?: string | string[] };
    return [...fromText(s.select ?? []), ...fromText(s.expand ?? [])];
  }
  const paths: string[][] = [];
  const walk = (obj: Record<string, unknown>, prefix: string[]) => {
    for (const [k, v] of Object.entries(obj)) {
      if (k === "$all" || v === false) continue;
      if (typeof v === "object" && v !== null) walk(v as Record<string, unknown>, [...prefix, k]);
      else paths.push([...prefix, k]);
    }
  };
  walk(spec as Record<string, unknown>, []);
  return paths;
}

/** A proxy for one Excel object. Subclasses say how to read a scalar and which navigation properties exist. */
export abstract class FakeObject {
  private data = new Map<string, unknown>();
  private nullness: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    /** Whether the object exists now; called when the queued commands reach it (may throw ItemNotFound). */
    protected readonly existsNow: () => boolean = () => true,
  ) {}

  /** Queue the existence check: like Office.js, whether an *OrNullObject is null is learnt at the next sync, in queue order. */
  track(): this {
    this.context.enqueue(() => {
      this.nullness = !this.existsNow();
    });
    return this;
  }

  protected abstract get typeName(): string;
  /** Scalar properties loaded by a bare load(). */
  protected abstract scalarNames(): string[];
  /** Current value of a scalar from the document (called at sync time). */
  protected abstract readScalar(prop: string): unknown;
  /** Navigation properties (child objects and collections). */
  protected navigation(_prop: string): FakeObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullness;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.data);
  }

  /** Runs at sync: copy the requested values out of the document, as the response of a real sync would. */
  applyLoad(paths: string[][]): void {
    if (!this.existsNow()) {
      this.nullness = true;
      return; // a null object's properties stay unreadable
    }
    this.nullness = false;
    const wanted = paths.length ? paths : this.scalarNames().map((p) => [p]);
    const byHead = new Map<string, string[][]>();
    for (const p of wanted) {
      const rest = byHead.get(p[0]) ?? [];
      if (p.length > 1) rest.push(p.slice(1));
      byHead.set(p[0], rest);
    }
    for (const [head, rest] of byHead) {
      if (head === UNRESOLVED_PATH) continue;
      const nav = this.navigation(head);
      if (nav) nav.applyLoad(rest);
      else this.data.set(head, this.readScalar(head));
    }
  }

  protected loaded<T>(prop: string): T {
    if (this.nullness === true) throw new FakeOfficeError("InvalidOperation", `${this.typeName} is a null object; check isNullObject first.`);
    if (!this.data.has(prop)) throw propertyNotLoaded(prop, this.typeName);
    return this.data.get(prop) as T;
  }

  protected unknownProperty(prop: string): never {
    throw new FakeOfficeError("InvalidArgument", `The property '${prop}' does not exist on ${this.typeName} (in this fake).`);
  }
}

/** A proxy for a collection: `items` exist only after load + sync, one proxy per item present at that time. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private loadedItems: T[] | undefined;

  protected abstract currentKeys(): string[];
  protected abstract itemFor(key: string): T;

  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(prop: string): unknown {
    return this.unknownProperty(prop);
  }

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  override applyLoad(paths: string[][]): void {
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    this.loadedItems = this.currentKeys().map((key) => {
      const item = this.itemFor(key);
      item.applyLoad(itemPaths);
      return item;
    });
  }
}
