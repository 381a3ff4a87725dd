// Shared pieces of the bench: timing (median of repeated runs), a section's result shape, the table
// printer, building the CLI, and example variants with figures changed the way a Jobcenter's would be.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildExample2024 } from "../src/core/example";
import type { WorkbookModel } from "../src/core/workbookModel";

export const ROOT = join(__dirname, "..");
export const TMP = join(__dirname, "tmp");
export const AIP_BIN = join(ROOT, "bin", "aip.js");

/** One line of the printed table. */
export interface Row {
  measure: string;
  value: string;
  goal?: string;
  /** Whether the goal is met (absent when the row has no goal). */
  met?: boolean;
}

/** What a section hands back: rows for the table and raw numbers for results.json. */
export interface SectionResult {
  id: string;
  title: string;
  rows: Row[];
  data: Record<string, unknown>;
}

/** A measurement; new ones (sync counts, function overhead, bundle size) are added to run.ts's list. */
export interface Section {
  id: string;
  title: string;
  run(): Promise<SectionResult>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** CPU time of this process so far (user + system), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// Linux adds the CPU time of every waited-for descendant (also LibreOffice's soffice.bin behind its
// launcher scripts) to cutime/cstime in /proc/self/stat; clock ticks are 1/100 s on Linux.
const CLOCK_TICK_MS = 10;
export function childrenCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * CLOCK_TICK_MS;
  } catch {
    return Number.NaN;
  }
}

export interface Timings {
  /** Wall-clock ms per run. */
  wall: number[];
  /** CPU ms per run (less disturbed than wall time when others load the machine). */
  cpu: number[];
}

/** Times of each of `n` runs of `fn`, after `warmup` untimed runs. */
export async function timeRuns(n: number, fn: () => unknown, warmup = 2): Promise<Timings> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cpuMs();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return { wall, cpu };
}

export const ms = (x: number) => `${x.toLocaleString("de-DE", { maximumFractionDigits: x < 10 ? 2 : x < 100 ? 1 : 0 })} ms`;
export const seconds = (x: number) => `${(x / 1000).toLocaleString("de-DE", { maximumFractionDigits: 2 })} s`;

export interface ProcessTiming {
  /** Wall-clock ms. */
  ms: number;
  /** CPU ms of the process and its descendants (meaningful when no other child runs meanwhile). */
  cpuMs: number;
  stdout: string;
  code: number;
}

/** Run a command; resolves with its wall and CPU time and output, rejects on an exit code other than 0 or 1. */
export function timedProcess(cmd: string, args: string[]): Promise<ProcessTiming> {
  return new Promise((resolve, reject) => {
    const cpu = childrenCpuMs();
    const t = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      const elapsed = performance.now() - t;
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${args.join(" ")} → ${code}: ${stderr}`));
      else resolve({ ms: elapsed, cpuMs: childrenCpuMs() - cpu, stdout, code: code ?? -1 });
    });
  });
}

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** Make sure build/cli is current, so process-level timings measure today's code. */
export function ensureCliBuilt(): void {
  const built = join(ROOT, "build", "cli", "main.js");
  const newest = Math.max(...["core", "xlsx", "cli"].map((d) => newestSource(join(ROOT, "src", d))));
  if (!existsSync(built) || statSync(built).mtimeMs < newest) {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  }
}

/** Small deterministic generator, so every run writes the same 405 variants. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The example with the figures of another, made-up Jobcenter: budget and Förderung counts scaled,
 * totals and formulas' cached results kept consistent (the text's planned entries stay off, as in 2024); every ninth variant has a Verwaltungshaushalt
 * that does not add up, so the batch also produces error findings.
 */
export function exampleVariant(index: number): WorkbookModel {
  const rnd = random(index + 1);
  const model = buildExample2024();
  const [haushalt, , foerderung, ziele, kunden] = model.sheets;
  const f = 0.4 + rnd() * 2.6;
  const scale = (x: number) => Math.round(x * f);
  const num = (cell: { value: unknown }) => cell.value as number;

  haushalt.cells.B3 = { ...haushalt.cells.B3, value: `Jobcenter Nr. ${index + 1}` };
  for (const a1 of ["B8", "B9", "B10", "B13", "B14"]) haushalt.cells[a1] = { ...haushalt.cells[a1], value: scale(num(haushalt.cells[a1])) };
  const vh = num(haushalt.cells.B8) + num(haushalt.cells.B9) + num(haushalt.cells.B10);
  haushalt.cells.B7 = { ...haushalt.cells.B7, value: index % 9 === 8 ? vh + 1000 : vh };
  haushalt.cells.B12 = { ...haushalt.cells.B12, value: num(haushalt.cells.B13) + num(haushalt.cells.B14) };

  // Förderung rows 4..16: scale counts; a parent is at least the sum of its "darunter" rows.
  const sums = { C: 0, D: 0 };
  for (let r = 4; r <= 16; r++) {
    for (const col of ["C", "D"] as const) {
      const cell = foerderung.cells[`${col}${r}`];
      foerderung.cells[`${col}${r}`] = { ...cell, value: scale(num(cell)) };
    }
  }
  for (let r = 4; r <= 16; r++) {
    if (num(foerderung.cells[`B${r}`]) !== 1) continue;
    for (const col of ["C", "D"] as const) {
      let children = 0;
      for (let k = r + 1; k <= 16 && num(foerderung.cells[`B${k}`]) === 2; k++) children += num(foerderung.cells[`${col}${k}`]);
      const cell = foerderung.cells[`${col}${r}`];
      if (children > num(cell)) foerderung.cells[`${col}${r}`] = { ...cell, value: children };
      sums[col] += num(foerderung.cells[`${col}${r}`]);
    }
  }
  foerderung.cells.C3 = { ...foerderung.cells.C3, value: sums.C };
  foerderung.cells.D3 = { ...foerderung.cells.D3, value: sums.D };
  foerderung.cells.B18 = { ...foerderung.cells.B18, value: scale(458) }; // the text's figure, as published: off

  // Customers: the same ELB figure on both sheets, the previous year's IQ recomputed.
  const elb = scale(4560);
  ziele.cells.B4 = { ...ziele.cells.B4, value: elb };
  kunden.cells.B3 = { ...kunden.cells.B3, value: elb };
  ziele.cells.B3 = { ...ziele.cells.B3, value: Math.round(elb * 0.164) };
  ziele.cells.B5 = { ...ziele.cells.B5, value: num(ziele.cells.B3) / elb };
  return model;
}

export function printTable(rows: Row[]): string {
  const head = ["Messung", "Ergebnis", "Ziel", ""];
  const body = rows.map((r) => [r.measure, r.value, r.goal ?? "", r.met === undefined ? "" : r.met ? "erfüllt" : "VERFEHLT"]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}
