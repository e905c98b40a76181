import { expressionInterpreter } from 'vega-interpreter';
import { DisallowedObjectProperties } from 'vega-util';

/**
 * Vega expressions evaluated without `eval` (a strict Content-Security-Policy needs no
 * 'unsafe-eval'), as vega-interpreter evaluates them, only faster where it matters.
 *
 * vega-interpreter walks an expression's syntax tree on every evaluation and, each time, makes
 * a new scope object with six new event functions on it. Mark encoders and per-row formulas
 * run once per item and channel, so that set-up cost most of a small chart's drawing time
 * (about 6 µs a channel). Here each tree is turned once into nested closures over the same
 * operations, the same function table and the same safety checks, and each evaluation only
 * calls them. Trees with anything else (a function outside Vega's table, an event function,
 * a global or sticky regular expression) are left to vega-interpreter, whole.
 *
 * test/controllers/vega-expressions.test.ts checks every result against vega-interpreter's.
 */

type Ast = {
  type: string;
  name?: string;
  value?: unknown;
  regex?: { pattern: string; flags: string };
  computed?: boolean;
  object?: Ast;
  property?: Ast;
  callee?: Ast;
  arguments?: Ast[];
  elements?: Ast[];
  operator?: string;
  left?: Ast;
  right?: Ast;
  argument?: Ast;
  test?: Ast;
  consequent?: Ast;
  alternate?: Ast;
  properties?: { key: Ast; value: Ast }[];
};
type Params = Record<string, unknown> | undefined;
/** An expression made ready: its value for a datum, a scenegraph item and the operator's parameters. */
type Evaluate = (datum: unknown, item: unknown, params: Params) => unknown;
type Functions = Record<string, unknown>;
type Context = { functions: Functions };
type Item = Record<string, number> & { datum?: unknown };
type Channels = Record<string, { ast: Ast }>;

/** As vega-interpreter: what an identifier names when it is not `datum` or `item`. */
const CONSTANTS: Record<string, number> = {
  NaN: NaN,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  PI: Math.PI,
  SQRT1_2: Math.SQRT1_2,
  SQRT2: Math.SQRT2,
  MIN_VALUE: Number.MIN_VALUE,
  MAX_VALUE: Number.MAX_VALUE,
};

const BINARY: Record<string, (a: never, b: never) => unknown> = {
  '*': (a, b) => a * b,
  '+': (a, b) => (a as number) + (b as number),
  '-': (a, b) => a - b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '&': (a, b) => a & b,
  '|': (a, b) => a | b,
  '^': (a, b) => a ^ b,
  '<<': (a, b) => a << b,
  '>>': (a, b) => a >> b,
  '>>>': (a, b) => a >>> b,
};

const UNARY: Record<string, (a: never) => unknown> = {
  '+': (a) => +a,
  '-': (a) => -a,
  '~': (a) => ~a,
  '!': (a) => !a,
};

/** Functions vega-interpreter puts in each scope in place of the table's, for event streams. */
const EVENT_FUNCTIONS = new Set(['view', 'item', 'group', 'xy', 'x', 'y']);
const DISALLOWED_METHODS = new Set<unknown>([Function, eval, setTimeout, setInterval]);

/** Thrown inside `compile` for a tree left to vega-interpreter. */
class NotCompiled extends Error {}

/** The expression as closures, or `undefined` when vega-interpreter must evaluate it. */
export function compileExpression(ast: Ast, functions: Functions): Evaluate | undefined {
  try {
    return compile(ast, functions, Object.create(functions) as Functions);
  } catch (error) {
    if (error instanceof NotCompiled) return undefined;
    throw error;
  }
}

function compile(node: Ast, fn: Functions, self: Functions): Evaluate {
  const sub = (child: Ast) => compile(child, fn, self);
  switch (node.type) {
    case 'Literal': {
      const regex = node.value instanceof RegExp ? node.value : undefined;
      // vega-interpreter makes a new RegExp for each evaluation of a global or sticky one.
      if (regex && (regex.global || regex.sticky)) throw new NotCompiled();
      const value = node.value;
      return () => value;
    }
    case 'Identifier': {
      const name = node.name!;
      if (name === 'datum') return (datum) => datum;
      if (name === 'item') return (_datum, item) => item;
      if (name === 'event') return () => undefined;
      const constant = CONSTANTS[name];
      const key = `$${name}`;
      // `||` as vega-interpreter has it: NaN reads the parameter of that name.
      return (_datum, _item, params) => constant || params?.[key];
    }
    case 'MemberExpression': {
      const object = sub(node.object!);
      const property: Evaluate = node.computed ? sub(node.property!) : constantName(node.property!);
      return (datum, item, params) => {
        const value = (object(datum, item, params) as Record<PropertyKey, unknown>)[property(datum, item, params) as PropertyKey];
        if (DISALLOWED_METHODS.has(value)) {
          console.error(
            `Prevented interpretation of member "${String(property(datum, item, params))}" which could lead to insecure code execution`,
          );
          return undefined;
        }
        return value;
      };
    }
    case 'CallExpression': {
      let name = node.callee!.name ?? '';
      if (name.startsWith('_')) name = name.slice(1);
      const args = node.arguments!.map(sub);
      if (name === 'if') {
        const [test, then, otherwise] = args;
        return (datum, item, params) => (test(datum, item, params) ? then(datum, item, params) : otherwise(datum, item, params));
      }
      const method = fn[name];
      if (EVENT_FUNCTIONS.has(name) || typeof method !== 'function') throw new NotCompiled();
      const call = method as (...values: unknown[]) => unknown;
      return (datum, item, params) =>
        call.apply(
          self,
          args.map((arg) => arg(datum, item, params)),
        );
    }
    case 'ArrayExpression': {
      const elements = node.elements!.map(sub);
      return (datum, item, params) => elements.map((element) => element(datum, item, params));
    }
    case 'BinaryExpression': {
      const op = BINARY[node.operator!];
      if (!op) throw new NotCompiled();
      const left = sub(node.left!);
      const right = sub(node.right!);
      return (datum, item, params) => op(left(datum, item, params) as never, right(datum, item, params) as never);
    }
    case 'UnaryExpression': {
      const op = UNARY[node.operator!];
      if (!op) throw new NotCompiled();
      const argument = sub(node.argument!);
      return (datum, item, params) => op(argument(datum, item, params) as never);
    }
    case 'ConditionalExpression': {
      const test = sub(node.test!);
      const then = sub(node.consequent!);
      const otherwise = sub(node.alternate!);
      return (datum, item, params) => (test(datum, item, params) ? then(datum, item, params) : otherwise(datum, item, params));
    }
    case 'LogicalExpression': {
      const left = sub(node.left!);
      const right = sub(node.right!);
      return node.operator === '&&'
        ? (datum, item, params) => left(datum, item, params) && right(datum, item, params)
        : (datum, item, params) => left(datum, item, params) || right(datum, item, params);
    }
    case 'ObjectExpression': {
      const properties = node.properties!.map(
        (p) => [constantName(p.key)(undefined, undefined, undefined), sub(p.value)] as const,
      );
      return (datum, item, params) => {
        const object: Record<string, unknown> = {};
        for (const [key, value] of properties) {
          const v = value(datum, item, params);
          if (DisallowedObjectProperties.has(key as string)) {
            console.error(`Prevented interpretation of property "${String(key)}" which could lead to insecure code execution`);
          } else if (DISALLOWED_METHODS.has(v)) {
            console.error(`Prevented interpretation of method "${String(key)}" which could lead to insecure code execution`);
          } else {
            object[key as string] = v;
          }
        }
        return object;
      };
    }
    default:
      throw new NotCompiled();
  }
}

/** A property name or object key: an identifier's name, or a literal's value. */
function constantName(node: Ast): Evaluate {
  if (node.type === 'Identifier') {
    const name = node.name;
    return () => name;
  }
  if (node.type === 'Literal' && !(node.value instanceof RegExp)) {
    const value = node.value;
    return () => value;
  }
  throw new NotCompiled();
}

/** The channels of each direction, for {@link adjustSpatial}. */
const DIRECTIONS = [
  { start: 'x', end: 'x2', center: 'xc', size: 'width' },
  { start: 'y', end: 'y2', center: 'yc', size: 'height' },
] as const;

/** As vega-interpreter: a rect's or group's corners in order, and width and height from them. */
function adjustSpatial(item: Item, channels: Channels, swap: boolean): void {
  for (const { start, end, center, size } of DIRECTIONS) {
    if (channels[end]) {
      if (!channels[start]) item[start] = item[end] - (item[size] || 0);
      else {
        if (swap && item[start] > item[end]) [item[start], item[end]] = [item[end], item[start]];
        item[size] = item[end] - item[start];
      }
    }
    if (channels[center]) item[start] = item[center] - (item[size] || 0) / 2;
  }
}

const interpreter = expressionInterpreter as unknown as {
  parameter(ctx: Context, expr: { ast: Ast }): (datum: unknown, params: Params) => unknown;
  encode(ctx: Context, encode: { marktype: string; channels: Channels }): (item: Item, params: Params) => number;
};

/**
 * Vega's `expr` option for a View: vega-interpreter, with per-row parameters (formulas,
 * filters) and mark encoders evaluated through closures made once.
 */
export const expressionEvaluator = {
  ...expressionInterpreter,
  parameter(ctx: Context, expr: { ast: Ast }) {
    const evaluate = compileExpression(expr.ast, ctx.functions);
    if (!evaluate) return interpreter.parameter(ctx, expr);
    return (datum: unknown, params: Params) => evaluate(datum, undefined, params);
  },
  encode(ctx: Context, encode: { marktype: string; channels: Channels }) {
    const { marktype, channels } = encode;
    const compiled: [string, Evaluate][] = [];
    for (const name in channels) {
      const evaluate = compileExpression(channels[name].ast, ctx.functions);
      if (!evaluate) return interpreter.encode(ctx, encode);
      compiled.push([name, evaluate]);
    }
    const swap = marktype === 'group' || marktype === 'image' || marktype === 'rect';
    return (item: Item, params: Params) => {
      const datum = item.datum;
      let changed = 0;
      for (const [name, evaluate] of compiled) {
        const value = evaluate(datum, item, params) as number;
        if (item[name] !== value) {
          item[name] = value;
          changed = 1;
        }
      }
      if (marktype !== 'rule') adjustSpatial(item, channels, swap);
      return changed;
    };
  },
};
