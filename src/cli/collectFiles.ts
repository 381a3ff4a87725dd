// Expands the paths given to `aip check`: files stay as given, folders become all .xlsx files inside
// them (recursively, sorted, without Excel's "~$" lock files). A path that does not exist is passed on,
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
    const files = entries
      .filter((e) => e.isFile() && isWorkbookName(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort(); // code-unit order: the same on every machine and locale
    if (files.length === 0) targets.push({ file: path, error: "Im Ordner wurden keine .xlsx-Dateien gefunden." });
    for (const file of files) targets.push({ file });
  }
  return targets;
}
