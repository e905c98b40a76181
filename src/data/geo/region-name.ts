/** Words that name the kind of region rather than the region ("Borno state", "Région de Mopti"). */
const KIND = '(state|region|province|prefecture|department|governorate|district|county|territory|oblast|wilaya)';
const TRAILING_KIND = new RegExp(`\\s${KIND}$`);
const LEADING_KIND = new RegExp(`^${KIND}\\s(of\\s|de\\s|du\\s|d\\s)?`);

/**
 * A region's name as regions are matched: lower case, without accents or punctuation, without a
 * trailing or leading word for the kind of region ("Borno state", "Borno State" and "Borno"
 * all give `borno`; "Centre-Nord region" gives `centre nord`). A name that is nothing but such
 * a word is kept ("Federal Capital Territory" gives `federal capital`, as does its shorter form).
 */
export function normalizeRegionName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const shorter = plain.replace(TRAILING_KIND, '').replace(LEADING_KIND, '').trim();
  return shorter || plain;
}
