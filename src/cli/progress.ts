// A one-line progress bar on stderr while many files are checked, only on a terminal, so piped and JSON
// output stay clean. Redraws at most every 100 ms and erases itself when done.
import type { OutStream } from "./io";

/** Below this many files a check is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_FILES = 5;

export interface Progress {
  tick(file: string): void;
  done(): void;
}

const silent: Progress = { tick: () => {}, done: () => {} };

export function progressBar(stream: OutStream, total: number, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_FILES) return silent;
  const width = 30;
  let doneCount = 0;
  let lastDraw = -Infinity;
  const draw = (file: string) => {
    const filled = Math.round((doneCount / total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${doneCount}/${total} ${name}\x1b[K`);
  };
  return {
    tick(file) {
      doneCount++;
      if (now() - lastDraw >= 100 || doneCount === total) {
        lastDraw = now();
        draw(file);
      }
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
