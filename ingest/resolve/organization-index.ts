import { entityId, normalizeName } from '../../model/ids.ts';

/**
 * Cross-article identity of organizations: a short form or declared abbreviation seen with a full
 * name once (in any article, or already in the graph) resolves to that full name's node later on.
 */
export class OrganizationIndex {
  private readonly byName = new Map<string, string>();

  /** Records an organization's full name and aliases; returns its id. */
  add(name: string, aliases: readonly string[], id = entityId('Organization', normalizeName(name))): string {
    this.byName.set(normalizeName(name), id);
    for (const alias of aliases) {
      const key = normalizeName(alias);
      // The first full name to claim an alias keeps it: later claims would make the alias ambiguous.
      if (!this.byName.has(key)) this.byName.set(key, id);
    }
    return id;
  }

  /** The id an organization written this way resolves to, if the index knows it. */
  idFor(name: string, aliases: readonly string[] = []): string | null {
    const own = this.byName.get(normalizeName(name));
    if (own) return own;
    for (const alias of aliases) {
      const hit = this.byName.get(normalizeName(alias));
      if (hit) return hit;
    }
    return null;
  }

  get size(): number {
    return this.byName.size;
  }
}
