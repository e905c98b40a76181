export { CountryComparison } from './components/country-comparison/country-comparison.js';
export type * from './public-types.js';
