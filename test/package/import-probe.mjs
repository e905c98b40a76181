// Imports one module specifier in a fresh Node process with traps on the browser globals, and
// prints a JSON report: whether the import threw, and every read or write of `window`,
// `document` and `customElements` with the file that made it. Run by ssr-import.test.mjs.
const WATCHED = ['window', 'document', 'customElements'];
const touches = [];
const values = {};

/** The first stack frame outside this file and Node's own loader: who touched the global. */
function caller() {
  const frames = new Error().stack.split('\n').slice(1);
  const frame = frames.find((line) => !line.includes('import-probe.mjs') && !line.includes('node:internal'));
  const match = frame && /(file:\/\/[^\s)]+?):\d+:\d+\)?$/.exec(frame.trim());
  return match ? match[1] : (frame ?? '').trim();
}

for (const name of WATCHED) {
  if (name in globalThis) values[name] = globalThis[name];
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      touches.push({ name, kind: 'read', by: caller() });
      return values[name];
    },
    set(value) {
      touches.push({ name, kind: 'write', by: caller() });
      values[name] = value;
    },
  });
}

const specifier = process.argv[2];
let error = null;
let exported = [];
try {
  exported = Object.keys(await import(specifier)).sort();
} catch (caught) {
  error = `${caught.name}: ${caught.message}\n${(caught.stack ?? '').split('\n').slice(1, 4).join('\n')}`;
}

let shim = null;
try {
  shim = (await import('@lit-labs/ssr-dom-shim')).customElements;
} catch {
  // Not installed: nothing else can have put a registry there.
}
const registry = values.customElements;
const after = {
  window: values.window === undefined ? 'undefined' : typeof values.window,
  document: values.document === undefined ? 'undefined' : typeof values.document,
  customElements: registry === undefined ? 'undefined' : registry === shim ? 'lit-ssr-shim' : 'other',
  registered:
    registry === shim && shim
      ? ['attack-timeline', 'country-comparison', 'actor-breakdown', 'conflict-map', 'cc-annotation'].filter((tag) =>
          shim.get(tag),
        )
      : [],
};
process.stdout.write(JSON.stringify({ specifier, error, exported, touches, after }));
