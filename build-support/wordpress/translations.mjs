// The plugin's translations as WordPress reads them, from the .po files translators edit:
// the .mo file PHP loads, one JSON file per editor script (wp_set_script_translations looks
// for `<domain>-<locale>-<md5 of the script's path in the plugin>.json`), and the .pot template.
import { createHash } from 'node:crypto';
import gettextParser from 'gettext-parser';

/** `{ mo, json(scriptPath), locale }` for one .po file's text. */
export function compileTranslations(poText) {
  const po = gettextParser.po.parse(poText);
  const locale = po.headers.Language;
  if (!locale) throw new Error('the .po file has no Language header');
  const untranslated = [];
  const messages = {};
  for (const [context, entries] of Object.entries(po.translations)) {
    for (const [msgid, entry] of Object.entries(entries)) {
      if (!msgid) continue;
      if (!entry.msgstr.some(Boolean)) untranslated.push(msgid);
      messages[context ? `${context}\u0004${msgid}` : msgid] = entry.msgstr;
    }
  }
  if (untranslated.length)
    throw new Error(`${locale}: no translation for ${untranslated.map((id) => JSON.stringify(id)).join(', ')}`);
  const jed = {
    domain: 'messages',
    locale_data: {
      messages: { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] }, ...messages },
    },
  };
  return {
    locale,
    mo: gettextParser.mo.compile(po),
    json: () => JSON.stringify(jed),
  };
}

/** The file name WordPress looks for: `conflict-charts-fr_FR-<md5('blocks/chart/editor.js')>.json`. */
export function scriptTranslationFile(domain, locale, scriptPath) {
  return `${domain}-${locale}-${createHash('md5').update(scriptPath).digest('hex')}.json`;
}

/** The template: the .po's entries with empty translations and no Language. */
export function templateFrom(poText) {
  const po = gettextParser.po.parse(poText);
  delete po.headers.Language;
  for (const entries of Object.values(po.translations)) {
    for (const [msgid, entry] of Object.entries(entries)) if (msgid) entry.msgstr = entry.msgstr.map(() => '');
  }
  return gettextParser.po.compile(po);
}

/** Every string the plugin's PHP and JS pass to __(), _x(), esc_html__() and the like with its domain. */
export function stringsInSource(text, domain) {
  const found = [];
  const quoted = String.raw`'((?:[^'\\]|\\.)*)'`;
  const call = new RegExp(
    String.raw`\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*${quoted}\s*,\s*'${domain}'`,
    'g',
  );
  for (const match of text.matchAll(call)) found.push(match[1].replace(/\\(.)/g, '$1'));
  return found;
}
