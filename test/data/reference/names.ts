/*
 * Names as the README's "Counting rules" treat them: aliases, civilians, names listed in a
 * filter, and the order of names.
 */

/** A name for matching: lower case, without surrounding spaces. */
export function looseName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The display name of an actor: the alias its exact name has, or else the alias of a name equal
 * ignoring case and surrounding spaces (the last such, so an author's alias beats a built-in
 * one), or else the name itself.
 */
export function displayName(actor: string, aliases: Record<string, string>): string {
  if (Object.hasOwn(aliases, actor)) return aliases[actor];
  const loose = looseName(actor);
  let alias: string | undefined;
  for (const [name, shown] of Object.entries(aliases)) if (looseName(name) === loose) alias = shown;
  return alias ?? actor;
}

/** Civilian sides: names that begin with the word "civilians", in any case. */
export function isCivilians(name: string): boolean {
  const text = name.trimStart();
  const word = 'civilians';
  return text.slice(0, word.length).toLowerCase() === word && !/^[A-Za-z0-9_]/.test(text.slice(word.length));
}

/** The names a filter lists, for loose matching; `null` when the filter is not set. */
export function listedNames(names: string[] | undefined): Set<string> | null {
  return names && names.length > 0 ? new Set(names.map(looseName)) : null;
}

/** Whether an actor is listed by its raw or its display name. */
export function actorListed(actor: string, listed: Set<string>, aliases: Record<string, string>): boolean {
  return listed.has(looseName(actor)) || listed.has(looseName(displayName(actor, aliases)));
}

/** Orders names by their UTF-16 character codes, one by one (JavaScript's own string order). */
export function byCharacterCodes(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
