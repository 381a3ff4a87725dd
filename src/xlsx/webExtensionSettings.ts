// Document settings as Office keeps them in an .xlsx: Office.context.document.settings are saved in the
// add-in's web-extension part, xl/webextensions/webextension<N>.xml ([MS-OWEXML] CT_OsfWebExtension), as
// <we:property name="aip.labels" value="…"/> under <we:properties>, each value JSON-encoded (a string as
// "\"text\"", an object as its JSON). A workbook may hold parts of other add-ins: the part whose
// <we:reference id> is this add-in's manifest Id is taken, else the one part that has the key asked for.
// The CLI reads aip.labels from here, so `aip map` and the pane use the same remembered labels.
import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import { LABELS_SETTING_KEY, type LearnedLabel } from "../core/mapper/learned";
import { learnedFromSetting } from "../core/mapper/learnedFormat";

/** manifest.xml <Id> (a test keeps them equal). */
export const ADDIN_ID = "058e8462-06e2-497f-a73a-40d84d3775f7";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (tag) => tag === "property",
});

type XmlNode = Record<string, unknown>;

export interface WebExtensionPart {
  path: string;
  /** <we:reference id>: the add-in's id in its store (the manifest Id for a sideloaded or catalog add-in). */
  referenceId: string;
  /** Property name → raw (JSON-encoded) value. */
  properties: Map<string, string>;
}

/** Every web-extension part of the archive, with its reference id and properties. */
export async function webExtensionParts(zip: JSZip): Promise<WebExtensionPart[]> {
  const paths = Object.keys(zip.files).filter((p) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(p)).sort();
  const parts: WebExtensionPart[] = [];
  for (const path of paths) {
    const doc = parser.parse(await zip.file(path)!.async("string")) as XmlNode;
    const ext = (doc.webextension ?? {}) as XmlNode;
    const reference = (ext.reference ?? {}) as XmlNode;
    const props = (((ext.properties ?? {}) as XmlNode).property ?? []) as XmlNode[];
    parts.push({
      path,
      referenceId: String(reference.id ?? ""),
      properties: new Map(props.map((p) => [String(p.name ?? ""), String(p.value ?? "")])),
    });
  }
  return parts;
}

const sameId = (a: string, b: string) => a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

/** The raw value of one document setting of this add-in, or undefined. */
export function settingFrom(parts: readonly WebExtensionPart[], key: string): string | undefined {
  const ours = parts.find((p) => sameId(p.referenceId, ADDIN_ID) && p.properties.has(key));
  if (ours) return ours.properties.get(key);
  const withKey = parts.filter((p) => p.properties.has(key));
  return withKey.length === 1 ? withKey[0].properties.get(key) : undefined;
}

/** The labels remembered in the file (aip.labels), and a German problem when the stored value is unusable. */
export async function readLearnedLabels(zip: JSZip): Promise<{ labels: LearnedLabel[]; problem?: string }> {
  let raw: string | undefined;
  try {
    raw = settingFrom(await webExtensionParts(zip), LABELS_SETTING_KEY);
  } catch (e) {
    return { labels: [], problem: `Der Teil xl/webextensions der Datei ist nicht lesbar (${(e as Error).message}); gemerkte Beschriftungen werden nicht verwendet.` };
  }
  if (raw === undefined) return { labels: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { labels: [], problem: `Die gespeicherten Beschriftungen (${LABELS_SETTING_KEY}) sind kein gültiges JSON und werden nicht verwendet.` };
  }
  return learnedFromSetting(value);
}
