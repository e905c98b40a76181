#!/usr/bin/env node
// Compares the public contract of two built trees: what custom-elements.json says of each
// element (attributes, public members, events, CSS parts and properties, slots) and what the
// package's entry .d.ts files export (names and type text). Prints what was removed or
// changed, then what was added; exits 1 if anything was removed or changed.
//
//   node scripts/contract-diff.mjs <baseline checkout> [<current checkout>]
//
// Both folders must have been built (`npm run build`). Members marked @internal or
// protected/private are outside the contract and ignored.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const [baseDir, currentDir = '.'] = process.argv.slice(2).map((dir) => resolve(dir));
if (!baseDir) {
  console.error('usage: node scripts/contract-diff.mjs <baseline checkout> [<current checkout>]');
  process.exit(2);
}

const ENTRY_TYPINGS = ['index.d.ts', 'attack-timeline.d.ts', 'country-comparison.d.ts', 'actor-breakdown.d.ts', 'cli/index.d.ts'];

const isPublic = (member) => !member.privacy || member.privacy === 'public';
const isInternal = (item) => /@internal\b/.test(item.description ?? '') || /@internal\b/.test(item.summary ?? '');

/** Every public fact of the manifest's exported classes, one line each, keyed for comparison. */
function manifestFacts(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const facts = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (
        declaration.kind !== 'class' ||
        !(declaration.customElement || declaration.tagName || declaration.name === 'ChartElement')
      )
        continue;
      const owner = declaration.tagName ?? declaration.name;
      if (declaration.tagName) facts.set(`${owner} tag`, module.path);
      for (const attribute of declaration.attributes ?? [])
        facts.set(`${owner} attribute ${attribute.name}`, `${attribute.type?.text ?? ''} = ${attribute.default ?? ''}`);
      for (const member of declaration.members ?? []) {
        if (!isPublic(member) || isInternal(member)) continue;
        const where = member.static ? 'static ' : '';
        facts.set(`${owner} ${where}${member.kind} ${member.name}`, member.type?.text ?? member.return?.type?.text ?? '');
      }
      for (const event of declaration.events ?? []) facts.set(`${owner} event ${event.name}`, event.type?.text ?? '');
      for (const part of declaration.cssParts ?? []) facts.set(`${owner} part ${part.name}`, '');
      for (const property of declaration.cssProperties ?? []) facts.set(`${owner} css ${property.name}`, property.default ?? '');
      for (const slot of declaration.slots ?? []) facts.set(`${owner} slot ${slot.name || '(default)'}`, '');
    }
  }
  return facts;
}

/** Each entry's exported names with the type text the compiler prints for them. */
function typingFacts(dir) {
  const files = ENTRY_TYPINGS.map((file) => join(dir, 'dist', file)).filter((file) => existsSync(file));
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const facts = new Map();
  const aliases = new Map();
  const flags = ts.TypeFormatFlags.NoTruncation;
  // Where a type is declared moves between folders and aliases become their unions: compare
  // the union's members in order and the names without their file paths.
  const text = (type) =>
    type.isUnion()
      ? type.types.map(text).sort().join(' | ')
      : checker.typeToString(type, undefined, flags).replace(/import\("[^"]+"\)\./g, '');
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    const entry = file.slice(join(dir, 'dist').length + 1);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      const isType = !(symbol.flags & ts.SymbolFlags.Value);
      const type = isType ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeOfSymbolAtLocation(symbol, declaration);
      facts.set(`${entry} ${isType ? 'type' : 'value'} ${exported.name}`, text(type));
      if (isType && type.isUnion()) aliases.set(exported.name, text(type));
      if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
        const instance = checker.getDeclaredTypeOfSymbol(symbol);
        for (const property of checker.getPropertiesOfType(instance)) {
          const modifiers = ts.getCombinedModifierFlags(property.valueDeclaration ?? property.declarations?.[0] ?? declaration);
          if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
          if (ts.getJSDocTags(property.declarations?.[0] ?? declaration).some((tag) => tag.tagName.text === 'internal')) continue;
          const memberType = checker.getTypeOfSymbolAtLocation(property, property.declarations?.[0] ?? declaration);
          facts.set(`${entry} ${exported.name}.${property.name}`, text(memberType));
        }
      }
    }
  }
  // An exported alias (`ChartStatus`) may be printed by name on one side and as its union on
  // the other: write every alias out before comparing.
  for (const [key, value] of facts) {
    let expanded = value;
    for (const [name, union] of aliases) expanded = expanded.replace(new RegExp(`\\b${name}\\b(?![.(])`, 'g'), `(${union})`);
    const literalUnion = /"[^"]*"(?: \| "[^"]*")+/g;
    const unwrapped = expanded.replace(/\(("[^"]*"(?: \| "[^"]*")*)\)/g, '$1');
    facts.set(
      key,
      unwrapped.replace(literalUnion, (union) => union.split(' | ').sort().join(' | ')),
    );
  }
  return facts;
}

function compare(label, before, after) {
  const removed = [];
  const changed = [];
  const added = [];
  for (const [key, value] of before) {
    if (!after.has(key)) removed.push(key);
    else if (after.get(key) !== value) changed.push(`${key}\n      was: ${value}\n      now: ${after.get(key)}`);
  }
  for (const key of after.keys()) if (!before.has(key)) added.push(key);
  console.log(`## ${label}: ${before.size} facts before, ${after.size} after`);
  console.log(`removed: ${removed.length}`);
  for (const key of removed) console.log(`  - ${key}`);
  console.log(`changed: ${changed.length}`);
  for (const line of changed) console.log(`  ~ ${line}`);
  console.log(`added: ${added.length}`);
  for (const key of added) console.log(`  + ${key}`);
  return removed.length + changed.length;
}

const broken =
  compare('custom-elements.json', manifestFacts(baseDir), manifestFacts(currentDir)) +
  compare('dist typings', typingFacts(baseDir), typingFacts(currentDir));
process.exit(broken ? 1 : 0);
