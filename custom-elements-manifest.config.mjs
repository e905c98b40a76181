/** Keeps only the documented `cc-*` events: the analyzer also guesses names from dispatchEvent calls. */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('cc-'));
        }
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts', '!src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly()],
};
