import { expect } from '@open-wc/testing';
import { compile } from 'vega-lite';
import { parse, View, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compileExpression, expressionEvaluator } from '../../src/controllers/vega-expressions.js';
import { sceneItems } from '../helpers/scene-items.mjs';
import { seededPairs } from '../specs/vega/seeded-cases.js';

// vega-interpreter is the reference: every value and every drawn item must be what it gives.

type Expr = typeof expressionInterpreter;

async function viewOf(spec: Spec, expr: Expr | typeof expressionEvaluator): Promise<View> {
  const view = new View(parse(structuredClone(spec), undefined, { ast: true }), { renderer: 'none', expr: expr as Expr });
  await view.runAsync();
  return view;
}

async function bothWays<T>(spec: Spec, read: (view: View) => T): Promise<[T, T]> {
  const reference = await viewOf(spec, expressionInterpreter);
  const ours = await viewOf(spec, expressionEvaluator);
  try {
    return [read(reference), read(ours)];
  } finally {
    reference.finalize();
    ours.finalize();
  }
}

const ROWS = [
  { a: 3, b: 4, s: 'Mali', t: '2024-07-01', flag: true, list: [1, 2, 3] },
  { a: -2.5, b: 0, s: 'Burkina Faso', t: '2019-02-28', flag: false, list: [] },
  { a: 0, b: -7, s: '', t: 'not a date', flag: null, list: [9] },
  { a: null, b: undefined, s: 'Niger "N"', t: '2020-12-31', flag: 1, list: [0, 0] },
];

/** Every kind of node the closures handle, and some they leave to vega-interpreter. */
const FORMULAS = [
  'datum.a + datum.b',
  'datum.a * 2 - datum.b / 3 % 2',
  'datum.a > datum.b',
  'datum.a < 1 || datum.b >= 0',
  'datum.a <= 0 && datum.b != 0',
  'datum.a == 0',
  'datum.a === 0',
  'datum.a !== null',
  '(datum.b | 1) ^ (datum.a & 3)',
  '(datum.b << 2) + (datum.b >> 1) + (datum.b >>> 28)',
  '-datum.a + +datum.s + ~datum.b + !datum.flag',
  'datum.flag ? datum.s : "none"',
  'if(datum.a > 0, "positive", "not positive")',
  "datum['s'] + '!' + datum.list[0]",
  '[datum.a, datum.b, "x"]',
  '{"name": datum.s, other: datum.a, 3: "three"}',
  "format(datum.b, ',.1f')",
  "utcParse(datum.t, '%Y-%m-%d')",
  "timeFormat(utcParse(datum.t, '%Y-%m-%d'), '%B %Y')",
  'isValid(datum.a) ? "valid" : "missing"',
  'PI * 2 + E',
  'NaN',
  'event',
  'datum.s.length',
  'test(/^N/, datum.s)',
  // Left to vega-interpreter: functions outside Vega's own table, a global regular expression.
  'abs(datum.b) + sqrt(4)',
  "replace(datum.s, /a/g, 'o')",
  'upper(datum.s)',
  // What vega-interpreter refuses to hand out, refused here too.
  'datum.constructor',
  'datum.constructor.constructor',
  '{"fine": 3, "a name": datum.constructor.constructor}',
];

describe('Vega expressions evaluated through closures made once', () => {
  it('computes every formula as vega-interpreter does, row by row', async () => {
    const spec = {
      $schema: 'https://vega.github.io/schema/vega/v6.json',
      data: [
        {
          name: 'rows',
          values: ROWS,
          transform: FORMULAS.map((expr, i) => ({ type: 'formula', expr, as: `f${i}` })),
        },
      ],
    } as Spec;
    const [expected, actual] = await bothWays(spec, (view) => view.data('rows'));
    for (let i = 0; i < FORMULAS.length; i++) {
      const column = (rows: Record<string, unknown>[]) => rows.map((row) => row[`f${i}`]);
      expect(column(actual), FORMULAS[i]).to.deep.equal(column(expected));
    }
  });

  it('filters with the same rows kept', async () => {
    const spec = {
      data: [{ name: 'rows', values: ROWS, transform: [{ type: 'filter', expr: "datum.a > 0 || datum.s == ''" }] }],
    } as Spec;
    const [expected, actual] = await bothWays(spec, (view) => view.data('rows'));
    expect(actual).to.have.length(2);
    expect(actual).to.deep.equal(expected);
  });

  it('turns the formulas it handles into closures and leaves the others to vega-interpreter', async () => {
    const view = await viewOf({ signals: [{ name: 'probe', value: 0 }] } as Spec, expressionEvaluator);
    const functions = (view as unknown as { _runtime: { functions: Record<string, unknown> } })._runtime.functions;
    view.finalize();
    const astOf = (expr: string) => {
      const runtime = parse(
        { data: [{ name: 'd', values: [], transform: [{ type: 'formula', expr, as: 'x' }] }] } as Spec,
        undefined,
        {
          ast: true,
        },
      ) as unknown as { operators: { params?: { expr?: { $expr: { ast: object } } } }[] };
      return runtime.operators.find((op) => op.params?.expr)!.params!.expr!.$expr.ast;
    };
    expect(compileExpression(astOf('datum.a + 1') as never, functions)).to.be.a('function');
    expect(compileExpression(astOf("format(datum.a, ',')") as never, functions)).to.be.a('function');
    expect(compileExpression(astOf('abs(datum.a)') as never, functions)).to.equal(undefined);
    expect(compileExpression(astOf("replace(datum.s, /a/g, 'o')") as never, functions)).to.equal(undefined);
  });

  it('encodes marks as vega-interpreter does: rects with corners swapped, rules, symbols, text', async () => {
    const spec = {
      width: 200,
      height: 100,
      data: [{ name: 'rows', values: ROWS.slice(0, 3) }],
      scales: [{ name: 'x', type: 'linear', domain: [-10, 10], range: 'width' }],
      marks: [
        {
          type: 'rect',
          from: { data: 'rows' },
          encode: {
            update: {
              x: { scale: 'x', field: 'a' },
              x2: { scale: 'x', field: 'b' },
              y: { value: 80 },
              y2: { value: 10 },
              fill: [{ test: 'datum.flag', value: 'steelblue' }, { value: 'tomato' }],
              tooltip: { signal: "{'Name': datum.s, 'Value': format(datum.a, '.2f')}" },
            },
          },
        },
        {
          type: 'rule',
          from: { data: 'rows' },
          encode: { update: { x: { scale: 'x', field: 'b' }, x2: { value: 5 }, y: { value: 3 } } },
        },
        {
          type: 'symbol',
          from: { data: 'rows' },
          encode: { update: { xc: { scale: 'x', field: 'a' }, yc: { value: 50 }, size: { value: 30 } } },
        },
        {
          type: 'text',
          from: { data: 'rows' },
          encode: { update: { x: { value: 4 }, y: { value: 4 }, text: { signal: "upper(datum.s) + '!'" } } },
        },
      ],
    } as Spec;
    const [expected, actual] = await bothWays(spec, sceneItems);
    expect(actual.length).to.be.greaterThan(6);
    expect(actual).to.deep.equal(expected);
  });

  it('draws the seeded charts, our Vega specs and Vega-Lite’s, exactly as vega-interpreter draws them', async () => {
    for (const pair of seededPairs(40, 20261205)) {
      for (const spec of [pair.vega, compile(structuredClone(pair.vegaLite)).spec]) {
        const [expected, actual] = await bothWays(spec, sceneItems);
        expect(actual, pair.name).to.deep.equal(expected);
      }
    }
  });
});
