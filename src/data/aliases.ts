/**
 * Display names for actors whose name changed over time or differs between datasets.
 * Joint attributions ("… and/or …") are deliberately absent: they stay actors of their own,
 * since crediting either group alone would overstate it.
 */
export const DEFAULT_ALIASES: Readonly<Record<string, string>> = {
  'JNIM: Group for Support of Islam and Muslims': 'JNIM',
  'Islamic State (Greater Sahara)': 'IS Sahel',
  'Islamic State (West Africa) - Greater Sahara Faction': 'IS Sahel',
  'Islamic State Sahel Province': 'IS Sahel',
  'Islamic State West Africa Province': 'ISWAP',
  'Islamic State (West Africa)': 'ISWAP',
  "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad": 'Boko Haram (JAS)',
  'Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad': 'Boko Haram (JAS)',
};

/** The default aliases, extended or overridden by the author's own. */
export function mergeAliases(custom?: Record<string, string>): Record<string, string> {
  return { ...DEFAULT_ALIASES, ...custom };
}

const lowerCaseKeys = new WeakMap<object, Map<string, string>>();

function lowerCaseMap(aliases: Record<string, string>): Map<string, string> {
  let map = lowerCaseKeys.get(aliases);
  if (!map) {
    map = new Map();
    for (const [name, alias] of Object.entries(aliases)) map.set(name.trim().toLowerCase(), alias);
    lowerCaseKeys.set(aliases, map);
  }
  return map;
}

/**
 * The display name of an actor: its alias (matched exactly, else ignoring case and surrounding
 * spaces), or the name itself. The case-insensitive lookup is cached per aliases object, so
 * treat an aliases object as read-only once used (build a new one with {@link mergeAliases}).
 */
export function aliasActor(name: string, aliases: Record<string, string>): string {
  if (Object.hasOwn(aliases, name)) return aliases[name];
  return lowerCaseMap(aliases).get(name.trim().toLowerCase()) ?? name;
}

/** Whether an actor is civilians: `Civilians`, `Civilians (Mali)`, `civilians (International)`… */
export function isCivilian(name: string): boolean {
  return /^\s*civilians\b/i.test(name);
}
