// The few things the lean reader needs of a zip archive (APPNOTE.TXT 6.3: end of central directory,
// central directory headers, local headers): the entries with their declared sizes, and one entry's
// bytes inflated by Node's zlib, whole or in chunks. Anything beyond the plain case (ZIP64, encryption,
// methods other than stored/deflate, a damaged directory) is `LeanUnsupported`: the full reader
// (../readWorkbookExcelJs.ts, JSZip) then reads the file and gives the user its German reason.
import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";

/** The lean reader does not handle this file; the full reader takes it (never shown to a user). */
export class LeanUnsupported extends Error {
  constructor(what: string) {
    super(`lean reader: ${what}`);
    this.name = "LeanUnsupported";
  }
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Parts above this size are inflated chunk by chunk, so a huge sheet is never whole in memory. */
const WHOLE_PART_BYTES = 4 * 1024 * 1024;
/** UTF-8 with the defaults of the scanner's decoder (a leading BOM dropped, bad bytes as U+FFFD); a whole decode keeps no state. */
const UTF8 = new TextDecoder("utf-8");
/** zlib's smallest output chunk (zlib.constants.Z_MIN_CHUNK). */
const MIN_CHUNK = 64;

export class LeanZip {
  private constructor(
    private readonly bytes: Buffer,
    private readonly entries: Map<string, Entry>,
  ) {}

  static open(data: Uint8Array): LeanZip {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    // The end record is 22 bytes plus a comment of at most 65 535 bytes.
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (bytes.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new LeanUnsupported("no end of central directory");
    const count = bytes.readUInt16LE(eocd + 10);
    const dirSize = bytes.readUInt32LE(eocd + 12);
    let at = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirSize === 0xffffffff || at === 0xffffffff) throw new LeanUnsupported("ZIP64");
    if (at + dirSize > eocd) throw new LeanUnsupported("central directory out of range");
    const entries = new Map<string, Entry>();
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new LeanUnsupported("damaged central directory");
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const size = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const localHeader = bytes.readUInt32LE(at + 42);
      if (flags & 1) throw new LeanUnsupported("encrypted entry");
      if (compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) throw new LeanUnsupported("ZIP64 entry");
      const name = bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
      if (entries.has(name)) throw new LeanUnsupported("duplicate entry");
      entries.set(name, { method, compressedSize, size, localHeader });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new LeanZip(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Sum of the uncompressed sizes the directory declares. */
  declaredSize(): number {
    let total = 0;
    for (const e of this.entries.values()) total += e.size;
    return total;
  }

  /** Declared uncompressed size of one entry (0 when absent). */
  sizeOf(name: string): number {
    return this.entries.get(name)?.size ?? 0;
  }

  private compressed(name: string): { entry: Entry; data: Buffer } {
    const entry = this.entries.get(name);
    if (!entry) throw new LeanUnsupported(`no ${name}`);
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL) throw new LeanUnsupported("damaged local header");
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    if (start + entry.compressedSize > this.bytes.length) throw new LeanUnsupported("entry out of range");
    if (entry.method !== 0 && entry.method !== 8) throw new LeanUnsupported(`compression method ${entry.method}`);
    return { entry, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** One entry inflated whole. */
  bytesOf(name: string): Buffer {
    const { entry, data } = this.compressed(name);
    let out: Buffer;
    try {
      // An output buffer of the declared size, one byte more so zlib sees the stream end without a second one
      // (zlib's default is 16 KB for every part, and most parts are a few KB); a declared size is only a
      // claim, so never more than WHOLE_PART_BYTES at once.
      const chunkSize = Math.min(Math.max(MIN_CHUNK, entry.size + 1), WHOLE_PART_BYTES);
      out = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize });
    } catch (e) {
      throw new LeanUnsupported(`inflate: ${(e as Error).message}`);
    }
    if (out.length !== entry.size) throw new LeanUnsupported("size differs from the directory");
    return out;
  }

  text(name: string): string {
    return this.bytesOf(name).toString("utf8");
  }

  /**
   * A part for ../sheetRows.ts: a small one as its whole text (decoded as the scanner's decoder would,
   * without the async steps), a large one as {@link chunks}.
   */
  source(name: string): AsyncIterable<Uint8Array> | string {
    const { entry } = this.compressed(name);
    return entry.size <= WHOLE_PART_BYTES || entry.method === 0 ? UTF8.decode(this.bytesOf(name)) : this.chunks(name);
  }

  /** One entry's bytes in chunks: small parts at once, large ones streamed through zlib. */
  chunks(name: string): AsyncIterable<Uint8Array> {
    const { entry, data } = this.compressed(name);
    if (entry.size <= WHOLE_PART_BYTES || entry.method === 0) {
      const whole = this.bytesOf(name);
      return (async function* () {
        yield whole;
      })();
    }
    const inflate = createInflateRaw();
    const stream = Readable.from([data]).pipe(inflate);
    return (async function* () {
      let total = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          total += chunk.length;
          // A part that inflates to more than it declares is damaged (or a bomb): the full reader judges it.
          if (total > entry.size) throw new LeanUnsupported("part larger than declared");
          yield chunk;
        }
      } catch (e) {
        stream.destroy();
        throw e instanceof LeanUnsupported ? e : new LeanUnsupported(`inflate: ${(e as Error).message}`);
      }
    })();
  }
}
