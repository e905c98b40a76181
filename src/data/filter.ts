import { aliasActor } from './aliases.js';

/** Lower-cased, trimmed names for case-insensitive matching; `null` when there is no filter. */
export function nameSet(names: string[] | undefined): Set<string> | null {
  if (!names || names.length === 0) return null;
  return new Set(names.map((n) => n.trim().toLowerCase()));
}

/** Whether an actor's raw or aliased name is in a {@link nameSet}. */
export function actorMatches(actor: string, wanted: Set<string>, aliases: Record<string, string>): boolean {
  return wanted.has(actor.trim().toLowerCase()) || wanted.has(aliasActor(actor, aliases).trim().toLowerCase());
}
