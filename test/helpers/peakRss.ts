// The peak resident memory of this process, in MB, for the child-process measures of the large-file tests.
// Not `process.resourceUsage().maxRSS`: Linux keeps the larger of the parent's RSS at fork and the child's
// own across exec (getrusage(2), "ru_maxrss"), so a child spawned by a jest worker holding 164 MB reported
// 164 MB whatever it read (CI failed on it). /proc/self/status's VmHWM is the high-water mark of this
// process's own address space, which exec replaces; off Linux fall back to maxRSS.
import { readFileSync } from "node:fs";

export function peakRssMB(): number {
  try {
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux: no /proc
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
