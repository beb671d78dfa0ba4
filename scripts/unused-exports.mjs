#!/usr/bin/env node
/**
 * Lists exports of src/ that production code never uses: exported, but
 * referenced nowhere outside tests (not even in their own module). ESLint has
 * no such rule, so this walks the TypeScript program once: every identifier in
 * production files is resolved to its symbol, and an export whose symbol is
 * never met (other than where it is declared) is reported. Entry points
 * (src/index.ts, src/cli/index.ts) count as used by Apps Script and the shell.
 * Exit 1 when any is found.
 */
import ts from 'typescript';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = join(root, 'tsconfig.json');
const config = ts.readConfigFile(configPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();

const rel = (file) => relative(root, file).split('\\').join('/');
const isProduction = (file) => /^(src|templates|playground|scripts|bin)\//.test(rel(file));
const ENTRY_FILES = new Set(['src/index.ts', 'src/cli/index.ts']);

function resolve(symbol) {
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    try {
      return checker.getAliasedSymbol(symbol);
    } catch {
      return symbol;
    }
  }
  return symbol;
}

const used = new Set();
for (const source of program.getSourceFiles()) {
  if (source.isDeclarationFile || !isProduction(source.fileName)) continue;
  const entry = ENTRY_FILES.has(rel(source.fileName));
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isDeclarationName =
        parent &&
        parent.name === node &&
        (ts.isDeclarationStatement?.(parent) ||
          ts.isVariableDeclaration(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isInterfaceDeclaration(parent) ||
          ts.isTypeAliasDeclaration(parent) ||
          ts.isEnumDeclaration(parent));
      const isReExport = ts.isExportSpecifier(parent);
      if (!isDeclarationName && (!isReExport || entry)) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol) {
          used.add(symbol);
          used.add(resolve(symbol));
          // A shorthand property or a named import also names the original.
          if (ts.isShorthandPropertyAssignment(parent)) {
            const value = checker.getShorthandAssignmentValueSymbol(parent);
            if (value) used.add(resolve(value));
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const unused = [];
for (const source of program.getSourceFiles()) {
  const file = rel(source.fileName);
  if (source.isDeclarationFile || !file.startsWith('src/') || ENTRY_FILES.has(file)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = resolve(exported);
    if (used.has(target) || used.has(exported)) continue;
    // Re-exports from another module are judged where they are declared.
    const declaration = target.declarations?.[0];
    if (declaration && rel(declaration.getSourceFile().fileName) !== file) continue;
    unused.push(`${file}: ${exported.getName()}`);
  }
}

if (unused.length) {
  console.error(`Exports that production code never uses (delete them, or use them):\n  ${unused.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('unused-exports: none');
}
