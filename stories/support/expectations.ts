// What the state stories must show, for test/stories/stories.test.mjs (`parameters.expect`,
// `parameters.expectedConsoleErrors`), and the data that puts a chart in each state.

export const EXPECT_LOADING = { status: 'loading', text: 'Loading data…' };
export const EXPECT_EMPTY = { status: 'empty', text: 'No events match these filters.' };
export const EXPECT_MISSING_FILE = {
  status: 'error',
  text: 'This chart could not be drawn Could not load no-such-file.csv: the server answered 404 Not Found.',
};
/** Chromium logs every failed request: the missing file's 404, and nothing else, is expected. */
export const MISSING_FILE_CONSOLE_ERRORS = ['^Failed to load resource: .*404.* \\S*/data/no-such-file\\.csv$'];

/** A `.data` Promise that never settles: the chart stays in its loading state. */
export const neverSettles = (): Promise<never> => new Promise<never>(() => {});

export const EXPECT_UNUSABLE_COLUMNS = {
  status: 'error',
  text:
    'This chart could not be drawn No date column was found in the data. Columns found: village, reported_by, note. ' +
    'Set date-field to the column that holds dates (and, as needed, country-field, actor-field, type-field, ' +
    'fatalities-field, value-field), or set format to "acled" or "ucdp".',
};

/** The same error for a reader in French (`locale="fr"` or `lang="fr"`). */
export const EXPECT_UNUSABLE_COLUMNS_FR = {
  status: 'error',
  text:
    'Ce graphique n’a pas pu être affiché Aucune colonne de dates n’a été trouvée dans les données. ' +
    'Colonnes trouvées : village, reported_by, note. Indiquez dans date-field la colonne qui contient les dates ' +
    '(et, si besoin, country-field, actor-field, type-field, fatalities-field, value-field), ou réglez format sur "acled" ou "ucdp".',
};

/** Rows whose columns name nothing the elements can read (no date, country or actor). */
export const UNUSABLE_ROWS = JSON.stringify([
  { village: 'Boulikessi', reported_by: 'local radio', note: 'attack on an army post' },
  { village: 'Mondoro', reported_by: 'press agency', note: 'clash' },
]);

/** The claims table as an editor might paste it, with three flawed rows. */
export const CLAIMS_WITH_GAPS = JSON.stringify([
  { month: '2025-05', country: 'Burkina Faso', actor: 'JNIM', claimed_attacks: 70 },
  { month: '2025-05', country: 'Mali', actor: 'JNIM', claimed_attacks: 44 },
  { month: '2025-05', country: 'Niger', actor: 'JNIM', claimed_attacks: 'n/a' },
  { month: '', country: 'Togo', actor: 'JNIM', claimed_attacks: 1 },
  { month: '2025-07', country: 'Burkina Faso', actor: 'JNIM', claimed_attacks: 54 },
  { month: '2025-07', country: '', actor: 'JNIM', claimed_attacks: 36 },
  { month: '2025-07', country: 'Niger', actor: 'JNIM', claimed_attacks: 7 },
]);
