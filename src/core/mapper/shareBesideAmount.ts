// "Position | Betrag in € | Anteil in %": the share column beside the amounts holds each row's part of the whole
// (100, 67,1, 17,7), no second reading of an amount or a count. Of a row's numbers for a money or count figure,
// those under a share head drop out when a number under another head remains.
import { readColumn } from "../columnRoles";
import { contractName } from "../contract";
import { fold } from "./normalize";

const AMOUNT_KINDS = new Set(["money", "moneySigned", "count", "stock", "vzae"]);

/** The row's found numbers without those under a share head, for a figure that is no share. */
export function withoutShareColumns<F extends { header?: string }>(name: string, found: F[]): F[] {
  if (found.length < 2 || !AMOUNT_KINDS.has(contractName(name)?.kind ?? "")) return found;
  const isShare = (f: F) => f.header !== undefined && readColumn(fold(f.header)).kind === "share";
  const kept = found.filter((f) => !isShare(f));
  return kept.length > 0 && kept.length < found.length ? kept : found;
}
