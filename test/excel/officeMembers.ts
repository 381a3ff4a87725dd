// The Excel members src/excel/office really uses, found with the TypeScript checker (not by name: `select`
// is ExcelApi 1.1 on Range but 1.18 on RangeAreas), each with the "[Api set: …]" of its declaration in
// @types/office-js (Microsoft's reference).
import fs from "fs";
import path from "path";
import ts from "typescript";

const OFFICE_DIR = path.resolve(__dirname, "../../src/excel/office");

function apiSetOf(decl: ts.Declaration): string | undefined {
  const text = decl.getFullText().slice(0, decl.getLeadingTriviaWidth());
  const sets = [...text.matchAll(/\[Api set: ([^\]]+)\]/g)].map((m) => m[1].trim());
  return sets[sets.length - 1];
}

function inExcelNamespace(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (ts.isModuleDeclaration(n) && n.name.text === "Excel") return true;
  return false;
}

/** "Class.member" → requirement set, for every Excel member accessed in src/excel/office. */
export function usedExcelMembers(): Map<string, string> {
  const files = fs.readdirSync(OFFICE_DIR).filter((f) => f.endsWith(".ts")).map((f) => path.join(OFFICE_DIR, f));
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, esModuleInterop: true, skipLibCheck: true, types: ["office-js"], typeRoots: [path.resolve(__dirname, "../../node_modules/@types")] });
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.[0];
        const owner = decl?.parent;
        if (decl && owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name && inExcelNamespace(owner)) {
          const set = apiSetOf(decl);
          if (set?.startsWith("ExcelApi ")) used.set(`${owner.name.text}.${node.name.text}`, set);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}
