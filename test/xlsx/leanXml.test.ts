// attributes() reads well-formed tags in one pass and the rest with the expression it used before: both
// must give the same attributes, in the same order, for any tag text (test/xlsx/leanReader.test.ts covers
// whole files; this covers the odd tags no test workbook has).
import { attributes } from "../../src/xlsx/lean/xml";

/** The expression attributes() used for every tag before (entity decoding aside: no "&" below). */
function byExpression(tag: string): [string, string][] {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], m[2] ?? m[3] ?? "");
  return [...out];
}

const TAGS = [
  ' r="A1" s="3" t="s"',
  " r='B2'  s = '4'",
  ' name="FOE_Tabelle" localSheetId="0" hidden="1"',
  ' a="1"b="2"',
  ' a="1" a="2"',
  ' flag r="C3"',
  ' r="A1" /',
  ' x="has > and \' inside" y=\'has " inside\'',
  ' broken="unterminated r="A1"',
  " v=unquoted r=\"D4\"",
  " \u00a0r=\"E5\"",
  "\fr=\"F6\"",
  ' r="A1"\tt="n"\n s="1"',
  ' ="empty name" r="G7"',
  ' a/b="1"',
  "",
];

test.each(TAGS)("attributes(%j) as the expression reads it", (tag) => {
  expect([...attributes(tag)]).toEqual(byExpression(tag));
});
