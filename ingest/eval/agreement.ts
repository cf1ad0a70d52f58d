/**
 * What score.py leaves out: of the articles, attendees and projects both sides found, how many
 * carry the gold's exact headline, event type, role and place. Pure: no I/O.
 */
import { norm, projectMatch, sameHeadline } from './score.ts';

type Json = Record<string, unknown>;

export interface Agreement {
  /** Articles found on both sides (score.py's loose headline match) whose headlines are the same. */
  headlines: { agree: number; total: number };
  /** Articles found on both sides where either side reports an event, and the types are the same. */
  eventTypes: { agree: number; total: number };
  /** Attendees found on both sides (same headline, same name) that have the gold's role. */
  roles: { agree: number; total: number };
  /** Projects found on both sides where either side names a place, and the places are the same. */
  projectPlaces: { agree: number; total: number };
}

const arr = (v: unknown): Json[] =>
  (Array.isArray(v) ? v : []).map((x) => (x && typeof x === 'object' ? (x as Json) : {}));
const articles = (page: unknown): Json[] => arr((page as Json | null)?.articles);

export function agreement(pairs: readonly { gold: unknown; system: unknown }[]): Agreement {
  const out: Agreement = {
    headlines: { agree: 0, total: 0 },
    eventTypes: { agree: 0, total: 0 },
    roles: { agree: 0, total: 0 },
    projectPlaces: { agree: 0, total: 0 },
  };
  for (const { gold, system } of pairs) {
    const found = articles(system);
    for (const g of articles(gold)) {
      // The same headline first: generated pages hold many alike (`全区某某工作会议召开`).
      const s =
        found.find((a) => norm(a.headline) === norm(g.headline)) ??
        found.find((a) => sameHeadline(a.headline, g.headline));
      if (!s) continue;
      out.headlines.total++;
      if (norm(s.headline) === norm(g.headline)) out.headlines.agree++;
      const type = (a: Json) => ((a.event as Json | null | undefined)?.type as string | undefined) ?? null;
      if (type(g) !== null || type(s) !== null) {
        out.eventTypes.total++;
        if (type(g) === type(s)) out.eventTypes.agree++;
      }
      for (const ga of arr(g.attendees)) {
        const sa = arr(s.attendees).find((x) => norm(x.name) === norm(ga.name));
        if (!sa) continue;
        out.roles.total++;
        if (sa.role === ga.role) out.roles.agree++;
      }
    }
    const projects = (page: unknown): Json[] => articles(page).flatMap((a) => arr(a.projects));
    const sys = projects(system);
    const seen = new Set<string>();
    for (const gp of projects(gold)) {
      const name = norm(gp.name);
      if (seen.has(name)) continue;
      seen.add(name);
      const sp = sys.find((p) => projectMatch(name, norm(p.name)));
      if (!sp || (gp.place == null && sp.place == null)) continue;
      out.projectPlaces.total++;
      if (norm(gp.place) === norm(sp.place)) out.projectPlaces.agree++;
    }
  }
  return out;
}
