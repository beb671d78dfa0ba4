/**
 * A tiny evaluator for the conditional-format conditions the add-on may write, so tests and
 * the playground can compute a cell's effective highlight (Sheet.testEffectiveFormat).
 *
 * Understood in custom formulas: cell references with or without `$` (relative parts move
 * with the evaluated cell, relative to the top-left cell of the rule's first range, as in
 * Sheets), ranges (A2:A9, $C:$C) for COUNTIF, string/number/boolean literals, operators
 * = <> < > <= >= & + - * / and unary -, and the functions AND OR NOT IF IFERROR ISERROR
 * ISNUMBER ISTEXT ISBLANK LEN TRIM LOWER UPPER EXACT SEARCH FIND REGEXMATCH LEFT RIGHT MID
 * SUBSTITUTE CHAR COUNTIF. So `=REGEXMATCH($X2, "...")`, `=ISNUMBER(SEARCH("...", $X2))`,
 * `=$X2="..."` and combinations work. Text comparison with = is case-insensitive, like
 * Sheets; REGEXMATCH uses JS RegExp (close to RE2 for simple patterns; `(?i)` supported).
 * Anything else throws "fake formula: ...", so an unsupported rule is noticed, not ignored.
 */
import { isDate } from './calls';
import { type CellValue, colToLetters, displayValue, lettersToCol } from './a1';

export interface EvalCtx {
  row: number;
  col: number;
  anchorRow: number;
  anchorCol: number;
  lookup(row: number, col: number): CellValue;
}

class FErr {
  constructor(readonly code: string) {}
}
interface RangeVal {
  cells: CellValue[][];
}
type Val = CellValue | FErr | RangeVal;
type Node = (ctx: EvalCtx) => Val;

interface Tok {
  t: 'num' | 'str' | 'bool' | 'ref' | 'fn' | 'op';
  v: string;
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d*))?/;
const COLRANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w$])/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new Error('fake formula: unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    let m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (m) {
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()/.exec(rest);
    if (m) {
      out.push({ t: 'fn', v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = /^(TRUE|FALSE)(?![\w(])/i.exec(rest);
    if (m) {
      out.push({ t: 'bool', v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = COLRANGE.exec(rest) || REF.exec(rest);
    if (m) {
      out.push({ t: 'ref', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^(<=|>=|<>|[=<>&+\-*/(),^%])/.exec(rest);
    if (m) {
      out.push({ t: 'op', v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new Error(`fake formula: cannot read "${rest}"`);
  }
  return out;
}

function toStr(v: Val): string | FErr {
  if (v instanceof FErr) return v;
  if (isRange(v)) return toStr(v.cells[0]?.[0] ?? '');
  if (typeof v === 'string') return v;
  return displayValue(v);
}
function toNum(v: Val): number | FErr {
  if (v instanceof FErr) return v;
  if (isRange(v)) return toNum(v.cells[0]?.[0] ?? '');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (isDate(v)) return v.getTime() / 86400000 + 25569;
  const n = Number(v);
  return Number.isFinite(n) ? n : new FErr('#VALUE!');
}
function toBool(v: Val): boolean | FErr {
  if (v instanceof FErr) return v;
  if (isRange(v)) return toBool(v.cells[0]?.[0] ?? '');
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === '') return false;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return new FErr('#VALUE!');
}
function isRange(v: unknown): v is RangeVal {
  return !!v && typeof v === 'object' && 'cells' in v;
}
function scalar(v: Val): CellValue | FErr {
  return isRange(v) ? (v.cells[0]?.[0] ?? '') : v;
}

/** Sheets comparison: numbers numerically, text case-insensitively, blank equals 0 / "" / FALSE. */
function compare(a0: Val, b0: Val): number | FErr {
  const a = scalar(a0);
  const b = scalar(b0);
  if (a instanceof FErr) return a;
  if (b instanceof FErr) return b;
  const rank = (v: CellValue): number => (typeof v === 'number' || isDate(v) ? 0 : typeof v === 'string' ? 1 : 2);
  let x: CellValue = a;
  let y: CellValue = b;
  if (x === '' && typeof y === 'number') x = 0;
  if (y === '' && typeof x === 'number') y = 0;
  if (x === '' && typeof y === 'boolean') x = false;
  if (y === '' && typeof x === 'boolean') y = false;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (rank(x) === 0) return (toNum(x) as number) - (toNum(y) as number);
  if (rank(x) === 1) {
    const s = String(x).toLowerCase();
    const t = String(y).toLowerCase();
    return s < t ? -1 : s > t ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function regex(pattern: string): RegExp | FErr {
  let p = pattern;
  let flags = '';
  if (p.startsWith('(?i)')) {
    p = p.slice(4);
    flags = 'i';
  }
  try {
    return new RegExp(p, flags);
  } catch {
    return new FErr('#REF!');
  }
}

type Fn = (args: Node[], ctx: EvalCtx) => Val;
const FUNCS: Record<string, Fn> = {
  AND: (a, c) => {
    for (const n of a) {
      const b = toBool(n(c));
      if (b instanceof FErr) return b;
      if (!b) return false;
    }
    return true;
  },
  OR: (a, c) => {
    let any = false;
    for (const n of a) {
      const b = toBool(n(c));
      if (b instanceof FErr) return b;
      any = any || b;
    }
    return any;
  },
  NOT: (a, c) => {
    const b = toBool(a[0](c));
    return b instanceof FErr ? b : !b;
  },
  IF: (a, c) => {
    const b = toBool(a[0](c));
    if (b instanceof FErr) return b;
    return b ? a[1](c) : a[2] ? a[2](c) : false;
  },
  IFERROR: (a, c) => {
    const v = scalar(a[0](c));
    return v instanceof FErr ? (a[1] ? a[1](c) : '') : v;
  },
  ISERROR: (a, c) => scalar(a[0](c)) instanceof FErr,
  ISNUMBER: (a, c) => typeof scalar(a[0](c)) === 'number',
  ISTEXT: (a, c) => typeof scalar(a[0](c)) === 'string' && scalar(a[0](c)) !== '',
  ISBLANK: (a, c) => scalar(a[0](c)) === '',
  LEN: (a, c) => unlessError([toStr(a[0](c))], (s) => s.length),
  TRIM: (a, c) => unlessError([toStr(a[0](c))], (s) => s.trim().replace(/ +/g, ' ')),
  LOWER: (a, c) => unlessError([toStr(a[0](c))], (s) => s.toLowerCase()),
  UPPER: (a, c) => unlessError([toStr(a[0](c))], (s) => s.toUpperCase()),
  EXACT: (a, c) => unlessError([toStr(a[0](c)), toStr(a[1](c))], (x, y) => x === y),
  SEARCH: (a, c) => findIn(a, c, true),
  FIND: (a, c) => findIn(a, c, false),
  REGEXMATCH: (a, c) =>
    unlessError([toStr(a[0](c)), toStr(a[1](c))], (s, p) => {
      const re = regex(p);
      return re instanceof FErr ? re : re.test(s);
    }),
  LEFT: (a, c) => unlessError([toStr(a[0](c)), a[1] ? toNum(a[1](c)) : 1], (s, n) => s.slice(0, n)),
  RIGHT: (a, c) => unlessError([toStr(a[0](c)), a[1] ? toNum(a[1](c)) : 1], (s, n) => (n ? s.slice(-n) : '')),
  MID: (a, c) => unlessError([toStr(a[0](c)), toNum(a[1](c)), toNum(a[2](c))], (s, st, n) => s.substr(st - 1, n)),
  SUBSTITUTE: (a, c) => unlessError([toStr(a[0](c)), toStr(a[1](c)), toStr(a[2](c))], (s, f, r) => (f ? s.split(f).join(r) : s)),
  CHAR: (a, c) => unlessError([toNum(a[0](c))], (n) => (n >= 1 ? String.fromCodePoint(Math.floor(n)) : new FErr('#VALUE!'))),
  COUNTIF: (a, c) => {
    const rng = a[0](c);
    const crit = scalar(a[1](c));
    if (crit instanceof FErr) return crit;
    const cells = isRange(rng) ? rng.cells.flat() : [rng as CellValue];
    return cells.filter((v) => compare(v, crit) === 0 && !(v === '' && crit !== '')).length;
  },
};

/**
 * `fn` applied to the arguments (already evaluated and converted) when none is an error;
 * otherwise the first error, which Sheets passes on as the function's result.
 */
function unlessError<A extends unknown[]>(args: { [K in keyof A]: A[K] | FErr }, fn: (...args: A) => Val): Val {
  const error = args.find((x) => x instanceof FErr);
  return error ? (error as FErr) : fn(...(args as A));
}

function findIn(a: Node[], c: EvalCtx, ci: boolean): Val {
  return unlessError([toStr(a[0](c)), toStr(a[1](c)), a[2] ? toNum(a[2](c)) : 1], (needle, hay, start) => {
    const idx = ci ? hay.toLowerCase().indexOf(needle.toLowerCase(), start - 1) : hay.indexOf(needle, start - 1);
    return idx < 0 ? new FErr('#VALUE!') : idx + 1;
  });
}

function refNode(text: string): Node {
  const cr = COLRANGE.exec(text);
  if (cr && cr[0] === text) {
    const [c1Abs, c1, c2Abs, c2] = [cr[1] === '$', lettersToCol(cr[2]), cr[3] === '$', lettersToCol(cr[4])];
    return (ctx) => {
      const dc = ctx.col - ctx.anchorCol;
      const a = c1Abs ? c1 : c1 + dc;
      const b = c2Abs ? c2 : c2 + dc;
      const cells: CellValue[][] = [];
      for (let r = 1; r <= 5000; r++) {
        const line: CellValue[] = [];
        for (let col = a; col <= b; col++) line.push(ctx.lookup(r, col));
        cells.push(line);
      }
      return { cells };
    };
  }
  const m = REF.exec(text)!;
  const p = (abs: string, v: number, cur: number, anchor: number): number => (abs === '$' ? v : v + (cur - anchor));
  return (ctx) => {
    const r1 = p(m[3], Number(m[4]), ctx.row, ctx.anchorRow);
    const c1 = p(m[1], lettersToCol(m[2]), ctx.col, ctx.anchorCol);
    if (m[6] === undefined) {
      if (r1 < 1 || c1 < 1) return new FErr('#REF!');
      return ctx.lookup(r1, c1);
    }
    const c2 = p(m[5], lettersToCol(m[6]), ctx.col, ctx.anchorCol);
    const r2 = m[8] ? p(m[7], Number(m[8]), ctx.row, ctx.anchorRow) : 5000;
    const cells: CellValue[][] = [];
    for (let r = r1; r <= r2; r++) {
      const line: CellValue[] = [];
      for (let col = c1; col <= c2; col++) line.push(ctx.lookup(r, col));
      cells.push(line);
    }
    return { cells };
  };
}

function parse(src: string): Node {
  const toks = tokenize(src.replace(/^\s*=/, ''));
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const isOp = (v: string): boolean => peek()?.t === 'op' && peek()!.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`fake formula: expected "${v}" in ${src}`);
    i++;
  };

  const binary = (next: () => Node, ops: string[], apply: (op: string, a: Val, b: Val) => Val) => (): Node => {
    let left = next();
    while (peek()?.t === 'op' && ops.includes(peek()!.v)) {
      const op = toks[i++].v;
      const l = left;
      const r = next();
      left = (ctx) => apply(op, l(ctx), r(ctx));
    }
    return left;
  };
  const arith = (op: string, a: Val, b: Val): Val => {
    const x = toNum(a);
    const y = toNum(b);
    if (x instanceof FErr) return x;
    if (y instanceof FErr) return y;
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return y === 0 ? new FErr('#DIV/0!') : x / y;
      default:
        return Math.pow(x, y);
    }
  };
  const primary = (): Node => {
    const t = toks[i++];
    if (!t) throw new Error(`fake formula: unexpected end of ${src}`);
    if (t.t === 'num') {
      const n = Number(t.v);
      return () => n;
    }
    if (t.t === 'str') return () => t.v;
    if (t.t === 'bool') {
      const b = t.v === 'TRUE';
      return () => b;
    }
    if (t.t === 'ref') return refNode(t.v);
    if (t.t === 'fn') {
      const fn = FUNCS[t.v];
      if (!fn) throw new Error(`fake formula: function ${t.v} is not supported`);
      expect('(');
      const args: Node[] = [];
      if (!isOp(')')) {
        args.push(comparison());
        while (isOp(',')) {
          i++;
          args.push(comparison());
        }
      }
      expect(')');
      return (ctx) => fn(args, ctx);
    }
    if (t.v === '(') {
      const e = comparison();
      expect(')');
      return e;
    }
    if (t.v === '-') {
      const e = power();
      return (ctx) => {
        const n = toNum(e(ctx));
        return n instanceof FErr ? n : -n;
      };
    }
    if (t.v === '+') return power();
    throw new Error(`fake formula: unexpected "${t.v}" in ${src}`);
  };
  const percent = (): Node => {
    let e = primary();
    while (isOp('%')) {
      i++;
      const inner = e;
      e = (ctx) => {
        const n = toNum(inner(ctx));
        return n instanceof FErr ? n : n / 100;
      };
    }
    return e;
  };
  const power = binary(percent, ['^'], arith);
  const term = binary(power, ['*', '/'], arith);
  const sum = binary(term, ['+', '-'], arith);
  const concat = binary(sum, ['&'], (_op, a, b) => {
    const x = toStr(a);
    const y = toStr(b);
    if (x instanceof FErr) return x;
    if (y instanceof FErr) return y;
    return x + y;
  });
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>='], (op, a, b) => {
    const c = compare(a, b);
    if (c instanceof FErr) return c;
    switch (op) {
      case '=':
        return c === 0;
      case '<>':
        return c !== 0;
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      default:
        return c >= 0;
    }
  });
  const root = comparison();
  if (i < toks.length) throw new Error(`fake formula: unexpected "${toks[i].v}" in ${src}`);
  return root;
}

const cache = new Map<string, Node>();

/** Evaluate a formula at ctx.row/ctx.col; errors come back as strings like '#VALUE!'. */
export function evaluateFormula(formula: string, ctx: EvalCtx): CellValue {
  let node = cache.get(formula);
  if (!node) {
    node = parse(formula);
    cache.set(formula, node);
  }
  const v = scalar(node(ctx));
  return v instanceof FErr ? v.code : v;
}

/** Does a conditional-format boolean condition hold for the cell at ctx.row/ctx.col? */
export function evaluateCondition(type: string, values: unknown[], ctx: EvalCtx): boolean {
  const cell = ctx.lookup(ctx.row, ctx.col);
  const text = displayValue(cell).toLowerCase();
  const arg = values[0] === undefined ? '' : String(values[0]).toLowerCase();
  switch (type) {
    case 'CUSTOM_FORMULA': {
      const v = evaluateFormula(String(values[0]), ctx);
      return v === true || (typeof v === 'number' && v !== 0);
    }
    case 'CELL_EMPTY':
      return cell === '';
    case 'CELL_NOT_EMPTY':
      return cell !== '';
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    case 'NUMBER_GREATER_THAN':
      return typeof cell === 'number' && cell > Number(values[0]);
    case 'NUMBER_LESS_THAN':
      return typeof cell === 'number' && cell < Number(values[0]);
    case 'NUMBER_EQUAL_TO':
      return typeof cell === 'number' && cell === Number(values[0]);
    default:
      throw new Error(`fake formula: condition ${type} is not supported`);
  }
}

/**
 * Rewrite the references of a formula after rows (or columns) were inserted or deleted, as
 * Sheets does for conditional-format formulas: references at or after `pos` move by
 * `delta` (negative for deletions); references inside a deleted block are left alone.
 */
export function shiftFormulaRefs(formula: string, pos: number, delta: number, rows: boolean): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const j = formula.indexOf('"', i + 1);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/.exec(formula.slice(i));
    if (m && !/[\w.]/.test(prev)) {
      let col = lettersToCol(m[2]);
      let row = Number(m[4]);
      if (rows && row >= pos && (delta > 0 || row >= pos - delta)) row += delta;
      if (!rows && col >= pos && (delta > 0 || col >= pos - delta)) col += delta;
      out += `${m[1]}${rows ? m[2] : colToLetters(col)}${m[3]}${row}`;
      i += m[0].length;
      continue;
    }
    out += formula[i++];
  }
  return out;
}
