// Shared helpers of the mapper tests: run the mapper on a layout and sort its answer into high / low / none.
import { CONTRACT } from "../../src/core/contract";
import { proposeMapping, type MappingResult, type Proposal } from "../../src/core/mapper";
import { usedCells, type Layout } from "../fixtures/layouts";

export interface Sorted {
  high: string[];
  low: string[];
  none: string[];
  byName: Map<string, Proposal>;
  result: MappingResult;
}

export function sortProposals(result: MappingResult): Sorted {
  const byName = new Map(result.proposals.map((p) => [p.name, p]));
  return {
    high: result.proposals.filter((p) => p.confidence === "high").map((p) => p.name),
    low: result.proposals.filter((p) => p.confidence === "low").map((p) => p.name),
    none: result.missing,
    byName,
    result,
  };
}

export function mapLayout(layout: Layout, existing: string[] = []): Sorted {
  return sortProposals(proposeMapping(usedCells(layout), existing));
}

export const ALL_NAMES = CONTRACT.map((c) => c.name);
export const namesWith = (prefix: string) => ALL_NAMES.filter((n) => n.startsWith(prefix));
