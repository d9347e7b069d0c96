// No hidden state: no module-level mutable variables or caches anywhere in src/ (docs/design.md). Each
// source file is parsed with the TypeScript compiler. At the top level of a module: no `let`/`var`, and no
// assignment. Inside any function of the module: no write to a module-level binding (a property or element
// assignment, `delete`, or a mutating call such as `.set`, `.add`, `.push`, `.clear`, `.fill`). Tables built
// once while the module loads (a top-level loop filling a lookup map) are constant data and allowed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);

/** The identifier an expression like `a.b[c].d` starts from. */
function rootOf(e: ts.Expression): ts.Identifier | undefined {
  let x: ts.Expression = e;
  for (;;) {
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = x.expression;
    else if (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x))
      x = x.expression;
    else break;
  }
  return ts.isIdentifier(x) ? x : undefined;
}

const isAssignment = (k: ts.SyntaxKind) =>
  k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;

/** Problems in one file: `file:line: what`. */
function moduleStateProblems(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const at = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const moduleNames = new Set<string>();
  for (const st of source.statements) {
    if (ts.isVariableStatement(st)) {
      const flags = st.declarationList.flags;
      for (const d of st.declarationList.declarations) {
        for (const name of bindingNames(d.name)) moduleNames.add(name);
        if ((flags & ts.NodeFlags.Const) === 0)
          problems.push(
            `${at(d)}: module-level \`${flags & ts.NodeFlags.Let ? 'let' : 'var'} ${d.name.getText(source)}\``,
          );
      }
    }
  }
  const initHelpers = moduleInitHelpers(source);
  const inFunction = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isFunctionDeclaration(p) && p.name && initHelpers.has(p.name.text)) return false;
      if (ts.isFunctionLike(p) || ts.isClassStaticBlockDeclaration(p)) return true;
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind)) {
      const root = rootOf(n.left);
      const whole = ts.isIdentifier(n.left) ? n.left : undefined;
      if (!inFunction(n) && (root || whole)) {
        // A top-level assignment to anything but a local of a top-level loop's initialiser.
        if (ts.isIdentifier(n.left) && !moduleNames.has(n.left.text)) {
          // a loop variable of a module-init loop
        } else if (root && !ts.isIdentifier(n.left) && moduleNames.has(root.text)) {
          // filling a table while the module loads: allowed
        } else problems.push(`${at(n)}: module-level assignment`);
      } else if (root && moduleNames.has(root.text) && !ts.isIdentifier(n.left))
        problems.push(`${at(n)}: a function writes module-level \`${root.text}\``);
    } else if (ts.isDeleteExpression(n) && inFunction(n)) {
      const root = rootOf(n.expression);
      if (root && moduleNames.has(root.text))
        problems.push(`${at(n)}: a function deletes from \`${root.text}\``);
    } else if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      MUTATORS.has(n.expression.name.text) &&
      inFunction(n)
    ) {
      const root = rootOf(n.expression.expression);
      if (root && moduleNames.has(root.text) && !shadowed(n, root.text))
        problems.push(
          `${at(n)}: a function mutates module-level \`${root.text}\` (.${n.expression.name.text})`,
        );
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(source, visit);
  return problems;
}

/**
 * Top-level functions that only the module's own loading calls (not exported, every reference outside any
 * function): helpers that build constant tables, such as `add` filling a letter table.
 */
function moduleInitHelpers(source: ts.SourceFile): Set<string> {
  const candidates = new Set<string>();
  for (const st of source.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name) continue;
    if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    candidates.add(st.name.text);
  }
  const usedInFunction = new Set<string>();
  const visit = (n: ts.Node, depth: number): void => {
    if (ts.isIdentifier(n) && candidates.has(n.text) && depth > 0) {
      const decl = n.parent;
      if (!(ts.isFunctionDeclaration(decl) && decl.name === n)) usedInFunction.add(n.text);
    }
    ts.forEachChild(n, (c) => visit(c, depth + (ts.isFunctionLike(n) ? 1 : 0)));
  };
  visit(source, 0);
  for (const u of usedInFunction) candidates.delete(u);
  return candidates;
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Whether `name` is declared again (a parameter or local) in a function around `n`. */
function shadowed(n: ts.Node, name: string): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (!ts.isFunctionLike(p)) continue;
    let found = false;
    const look = (x: ts.Node): void => {
      if (found) return;
      if ((ts.isVariableDeclaration(x) || ts.isParameter(x)) && bindingNames(x.name).includes(name))
        found = true;
      else if (!ts.isFunctionLike(x) || x === p) ts.forEachChild(x, look);
    };
    look(p);
    if (found) return true;
  }
  return false;
}

describe('no module-level mutable state in src/', () => {
  it('flags what it should (self-test)', () => {
    const bad = [
      'let last: string | undefined;',
      'var n = 0;',
      'const cache = new Map<string, number>(); export function f(k: string) { cache.set(k, 1); }',
      'const seen = new Set(); export const g = (x: unknown) => { seen.add(x); };',
      'const list: string[] = []; export function h() { list.push("a"); }',
      'const memo: Record<string, number> = {}; export function m(k: string) { memo[k] = 1; }',
      'const state = { last: "" }; export function s(v: string) { state.last = v; }',
      'const o = { a: 1 }; export function d() { delete (o as { a?: number }).a; }',
      'const T = new Map(); function add(k: string) { T.set(k, 1); } export function f() { add("x"); }',
    ];
    for (const b of bad) expect(moduleStateProblems('x.ts', b).length, b).toBeGreaterThan(0);
    const good = [
      'const KINDS: ReadonlySet<string> = new Set(["a"]); export const k = (x: string) => KINDS.has(x);',
      'const T = new Map<string, number>(); for (let i = 0; i < 3; i++) T.set(String(i), i);',
      'export function f() { let x = 0; const m = new Map(); m.set(1, 2); x++; return [x, m]; }',
      'class C { private readonly m = new Map(); put() { this.m.set(1, 2); } }',
      'const cache = 1; export function f() { const cache = new Map(); cache.set(1, 2); return cache; }',
      'const T = new Map(); function add(k: string) { T.set(k, 1); } for (const k of ["a"]) add(k);',
    ];
    for (const g of good) expect(moduleStateProblems('x.ts', g), g).toEqual([]);
  });
  it('finds none in any source file', () => {
    const problems = files('src').flatMap((f) => moduleStateProblems(f, readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });
});

describe('dependencies through their public API only', () => {
  it('no source file reaches into zod’s internals (`_zod`)', () => {
    const hits = files('src').filter((f) => /\b_zod\b/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
  it('runtime dependencies use caret ranges', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toMatch(/^\^\d/);
  });
});
