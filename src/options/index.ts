// The options layer in one import, for the generator and the tests (src/ imports the files).
export * from './attributes.js';
export * from './attribute-docs.js';
export * from './charts.js';
export * from './values.js';
