// Helpers every fake object uses to reach the open document.
import type { ModelSheet } from "../../core/workbookModel";
import { findSheet, type FakeDocument } from "./document";
import { FakeOfficeError, type FakeContext } from "./proxy";

export const doc = (ctx: FakeContext): FakeDocument => ctx.session.doc;

export function requireSheet(ctx: FakeContext, name: string): ModelSheet {
  const sheet = findSheet(doc(ctx), name);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`);
  return sheet;
}
