// Expands the paths given to `aip check`: files stay as given, folders become all .xlsx files inside
// them (recursively, sorted, without Excel's "~$" lock files; symbolic links count as what they point to,
// a link pointing nowhere as a file that could not be checked). A path that does not exist is passed on,
// so the reader reports it as a file that could not be checked.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export type Target = { file: string } | { file: string; error: string };

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.split(/[\\/]/).pop()!.startsWith("~$");

export async function collectFiles(paths: string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      targets.push({ file: path });
      continue;
    }
    let entries;
    try {
      entries = await readdir(path, { recursive: true, withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === "EACCES" ? "keine Berechtigung" : (code ?? (e as Error).message);
      targets.push({ file: path, error: `Der Ordner konnte nicht durchsucht werden (${reason}).` });
      continue;
    }
    const found: Target[] = [];
    for (const e of entries) {
      if (!isWorkbookName(e.name)) continue;
      const file = join(e.parentPath, e.name);
      if (e.isFile()) found.push({ file });
      else if (e.isSymbolicLink()) {
        // A link counts as what it points to; a link pointing nowhere is a file that could not be checked.
        const target = await stat(file).then(
          (info) => ({ info }),
          (err: NodeJS.ErrnoException) => ({ err }),
        );
        if ("err" in target) {
          const code = target.err.code;
          const reason =
            code === "ENOENT" ? "Die Verknüpfung zeigt auf eine Datei, die es nicht gibt." :
            `Die Verknüpfung konnte nicht aufgelöst werden (${code ?? target.err.message}).`;
          found.push({ file, error: reason });
        } else if (target.info.isFile()) found.push({ file });
      }
    }
    found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)); // code-unit order: the same on every machine and locale
    if (found.length === 0) targets.push({ file: path, error: "Im Ordner wurden keine .xlsx-Dateien gefunden." });
    targets.push(...found);
  }
  return targets;
}
