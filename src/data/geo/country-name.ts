/**
 * A country name as the name → code table keys it: lower case, without accents, with
 * punctuation and "the" dropped and spaces collapsed (`Côte d'Ivoire` → `cote d ivoire`).
 */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** An ISO 3166-1 numeric code as world-atlas writes it (`4` → `'004'`); undefined when not a code. */
export function isoNumeric(value: unknown): string | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 && n < 1000 ? String(n).padStart(3, '0') : undefined;
}
