// The README's table of what works per role and way of adding a chart, written from the
// WordPress suite's results (dist/wordpress-results.json). The suite fails when the README
// says anything else; `node test/wordpress/readme-table.mjs --write` rewrites it from the
// last run's results.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceBetween } from '../../build-support/options-codegen.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = `${ROOT}dist/wordpress-results.json`;
const README = `${ROOT}README.md`;
const BLOCK = 'wordpress-roles';

const ROLE_TITLES = { administrator: 'Administrator', editor: 'Editor', author: 'Author', contributor: 'Contributor' };
const cell = (outcome) => (outcome === 'chart' ? '✓ chart' : outcome === 'removed on save' ? '✗ removed on save' : outcome);

/** The off column: one outcome, or each outcome with the roles that got it, in the table's order. */
function offCell(byRole, roles) {
  const outcomes = [...new Set(roles.map((role) => byRole[role]))];
  if (outcomes.length === 1) return outcomes[0];
  return outcomes.map((outcome) => `${outcome} (${roles.filter((role) => byRole[role] === outcome).join(', ')})`).join('; ');
}

/** The markdown table for `results` (`{ roles, cases: [{ label, on: {role: outcome}, off: {role: outcome} }] }`). */
export function readmeTable(results) {
  const head = `| How the chart is added | ${results.roles.map((role) => ROLE_TITLES[role]).join(' | ')} | Plugin switched off |`;
  const rule = `| --- | ${results.roles.map(() => '---').join(' | ')} | --- |`;
  const rows = results.cases.map(
    (kase) =>
      `| ${kase.label} | ${results.roles.map((role) => cell(kase.on[role])).join(' | ')} | ${offCell(kase.off, results.roles)} |`,
  );
  return [head, rule, ...rows].join('\n');
}

/** The README with the table written from `results`. */
export function readmeWith(results, readme = readFileSync(README, 'utf8')) {
  return replaceBetween(readme, BLOCK, readmeTable(results));
}

/** Whether the README's table says what `results` say. */
export function readmeMatches(results) {
  const readme = readFileSync(README, 'utf8');
  return readmeWith(results, readme) === readme;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
  writeFileSync(README, readmeWith(results));
  console.log('README.md: WordPress table written from dist/wordpress-results.json');
}
