import { Rng, Zipf } from './prng.ts';
import * as L from './lexicon.ts';

export interface Official {
  name: string;
  titles: string[];
}
export interface Company {
  name: string;
  short: string;
  industry: string;
}
export interface Place {
  name: string;
  kind: 'town' | 'village' | 'park' | 'river';
  partOf: string | null;
}
export interface Project {
  name: string;
  owner: Company;
  place: Place;
  investment: string;
}

export interface CastSize {
  officials: number;
  locals: number;
  companies: number;
  projects: number;
  towns: number;
  villages: number;
  parks: number;
  rivers: number;
}

export const DEFAULT_CAST: CastSize = {
  officials: 3000,
  locals: 3000,
  companies: 4000,
  projects: 5000,
  towns: 24,
  villages: 300,
  parks: 40,
  rivers: 40,
};

/** Everyone and everything the corpus talks about; articles pick from it with Zipf frequency. */
export interface Cast {
  officials: Official[];
  /** Company heads, village secretaries: quoted, never leading an event. */
  locals: string[];
  reporters: string[];
  contributors: string[];
  photographers: string[];
  companies: Company[];
  projects: Project[];
  towns: Place[];
  villages: Place[];
  parks: Place[];
  rivers: Place[];
  zipf: { officials: Zipf; locals: Zipf; companies: Zipf; projects: Zipf; villages: Zipf };
}

/** Draws names until `count` distinct ones exist; `taken` keeps names unique across the whole cast. */
function distinct(count: number, taken: Set<string>, make: () => string): string[] {
  const out: string[] = [];
  // Bounded: a lexicon too small for the count stops here rather than looping forever.
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const name = make();
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

function amount(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return `${1 + rng.int(30)}亿元`;
  if (r < 0.75) return `约${1 + rng.int(9)}.${1 + rng.int(9)}亿元`;
  if (r < 0.9) return `${1 + rng.int(5)}亿美元`;
  return `${(2 + rng.int(90)) * 100}万元`;
}

export function buildCast(seed: number, size: CastSize = DEFAULT_CAST): Cast {
  const rng = new Rng(seed ^ 0x5eed);
  const people = new Set<string>();
  const personName = () =>
    rng.pick(L.SURNAMES) + rng.pick(L.GIVEN) + (rng.chance(0.7) ? rng.pick(L.GIVEN) : '');
  const officials = distinct(size.officials, people, personName).map((name, i) => ({
    name,
    // The top of the Zipf ranking holds the district's leaders, as in the real paper.
    titles: i < 12 ? [...(L.TITLE_CHAINS[i] ?? ['副区长'])] : [...rng.pick(L.TITLE_CHAINS.slice(6))],
  }));
  const locals = distinct(size.locals, people, personName);
  const reporters = distinct(40, people, personName);
  const contributors = distinct(60, people, personName);
  const photographers = distinct(20, people, personName);

  const orgNames = new Set<string>();
  const shorts = new Set<string>();
  const companies: Company[] = [];
  for (let tries = 0; companies.length < size.companies && tries < size.companies * 50; tries++) {
    const brand = rng.pick(L.BRAND_A) + rng.pick(L.BRAND_B);
    const industry = rng.pick(L.INDUSTRIES);
    const suffix = industry.endsWith('科技') ? '有限公司' : rng.pick(L.COMPANY_SUFFIX);
    const name = rng.pick(L.COMPANY_PREFIX) + brand + industry + suffix;
    const short = brand + industry.slice(0, 2);
    if (orgNames.has(name) || shorts.has(short)) continue;
    orgNames.add(name);
    shorts.add(short);
    companies.push({ name, short, industry });
  }

  const placeNames = new Set<string>();
  const two = (a: readonly string[], b: readonly string[]) => () => rng.pick(a) + rng.pick(b);
  const towns = distinct(size.towns, placeNames, () => two(L.PLACE_A, L.PLACE_A)() + '镇').map(
    (name): Place => ({ name, kind: 'town', partOf: null }),
  );
  const villages = distinct(
    size.villages,
    placeNames,
    () => rng.pick(L.PLACE_A) + two(L.PLACE_A, L.PLACE_B)() + '村',
  ).map((name): Place => ({ name, kind: 'village', partOf: rng.pick(towns).name }));
  const parks = distinct(
    size.parks,
    placeNames,
    () => two(L.BRAND_A, L.PLACE_B)() + rng.pick(L.PARK_WORDS),
  ).map((name): Place => ({ name, kind: 'park', partOf: null }));
  const rivers = distinct(
    size.rivers,
    placeNames,
    () => two(L.PLACE_A, L.PLACE_B)() + rng.pick(L.RIVER_WORDS),
  ).map((name): Place => ({ name, kind: 'river', partOf: null }));

  const projectNames = new Set<string>();
  const projects: Project[] = [];
  for (let tries = 0; projects.length < size.projects && tries < size.projects * 50; tries++) {
    const owner = rng.pick(companies);
    const name = owner.short.slice(0, 2) + rng.pick(L.PRODUCTS) + rng.pick(L.PROJECT_KINDS);
    if (projectNames.has(name)) continue;
    projectNames.add(name);
    projects.push({ name, owner, place: rng.pick(towns), investment: amount(rng) });
  }

  return {
    officials,
    locals,
    reporters,
    contributors,
    photographers,
    companies,
    projects,
    towns,
    villages,
    parks,
    rivers,
    zipf: {
      officials: new Zipf(officials.length),
      locals: new Zipf(locals.length),
      companies: new Zipf(companies.length),
      projects: new Zipf(projects.length),
      villages: new Zipf(villages.length),
    },
  };
}
