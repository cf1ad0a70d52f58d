import type { OrganizationProjects, PersonTimeline, PlaceSummary } from '../../model/api.ts';
import { NotFoundError } from '../errors.ts';
import type { DbNode as Node, GraphDb } from '../neo4j/graph-db.ts';
import { nodeDto, toValue } from '../neo4j/to-dto.ts';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(toValue(v)));
const str = (v: unknown) =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : JSON.stringify(toValue(v));

async function requireNode(db: GraphDb, label: string, id: string): Promise<Node> {
  const { records } = await db.read(`MATCH (n:${label} {id: $id}) RETURN n`, { id });
  const n = records[0]?.get('n') as Node | undefined;
  if (!n) throw new NotFoundError(`No ${label} with id ${id}`);
  return n;
}

/** A person's events in time order, with who else was there, and who they meet most often. */
export async function personTimeline(db: GraphDb, id: string): Promise<PersonTimeline> {
  const person = await requireNode(db, 'Person', id);
  const { records } = await db.read(
    `MATCH (p:Person {id: $id})-[r:ATTENDED]->(e:Event)
     OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
     OPTIONAL MATCH (o:Person)-[:ATTENDED]->(e) WHERE o <> p
     WITH e, r, a, collect(DISTINCT {id: o.id, name: o.name}) AS co
     RETURN e, r.role AS role, coalesce(r.titles, []) AS titles, a.headline AS headline, co
     ORDER BY coalesce(e.date, a.published, '0000') , e.id`,
    { id },
  );
  const { records: coRecords } = await db.read(
    `MATCH (p:Person {id: $id})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(o:Person)
     RETURN o.id AS id, o.name AS name, count(DISTINCT e) AS n ORDER BY n DESC, name LIMIT 50`,
    { id },
  );
  return {
    person: nodeDto(person),
    events: records.map((r) => ({
      event: nodeDto(r.get('e') as Node),
      role: str(r.get('role')),
      titles: (r.get('titles') as unknown[]).map(String),
      headline: str(r.get('headline')),
      coAttendees: (r.get('co') as { id: string | null; name: string | null }[])
        .filter((c) => c.id !== null)
        .map((c) => ({ id: String(c.id), name: String(c.name) })),
    })),
    coAttendance: coRecords.map((r) => ({
      id: String(r.get('id')),
      name: String(r.get('name')),
      count: Number(toValue(r.get('n'))),
    })),
  };
}

/** A company's projects with their investments and places. */
export async function organizationProjects(db: GraphDb, id: string): Promise<OrganizationProjects> {
  const org = await requireNode(db, 'Organization', id);
  const { records } = await db.read(
    `MATCH (o:Organization {id: $id})-[:DEVELOPS]->(p:Project)
     OPTIONAL MATCH (p)-[:LOCATED_IN]->(pl:Place)
     WITH p, collect(DISTINCT {id: pl.id, name: pl.name}) AS places
     RETURN DISTINCT p, places ORDER BY coalesce(p.investment, 0) DESC, p.name`,
    { id },
  );
  return {
    organization: nodeDto(org),
    projects: records.map((r) => {
      const p = r.get('p') as Node;
      return {
        project: nodeDto(p),
        investment: num(p.properties.investment),
        investmentText: str(p.properties.investmentText),
        currency: str(p.properties.currency),
        places: (r.get('places') as { id: string | null; name: string | null }[])
          .filter((x) => x.id !== null)
          .map((x) => ({ id: String(x.id), name: String(x.name) })),
      };
    }),
  };
}

/** What happened in a place and the places inside it: events, organizations, projects, money. */
export async function placeSummary(db: GraphDb, id: string): Promise<PlaceSummary> {
  const place = await requireNode(db, 'Place', id);
  const { records } = await db.read(
    `MATCH (pl:Place {id: $id})
     OPTIONAL MATCH (inner:Place)-[:PART_OF*1..4]->(pl)
     WITH pl, collect(DISTINCT inner) + pl AS area
     CALL (area) {
       UNWIND area AS x
       OPTIONAL MATCH (e:Event)-[:VISITED|LOCATED_IN]->(x)
       RETURN collect(DISTINCT {id: e.id, name: e.name, date: e.date}) AS events
     }
     CALL (area) {
       UNWIND area AS x
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(x)
       OPTIONAL MATCH (a)-[:MENTIONS]->(o:Organization)
       RETURN collect(DISTINCT {id: o.id, name: o.name}) AS orgs
     }
     CALL (area) {
       UNWIND area AS x
       OPTIONAL MATCH (p:Project)-[:LOCATED_IN]->(x)
       RETURN collect(DISTINCT p) AS projects
     }
     RETURN events, orgs, projects`,
    { id },
  );
  const r = records[0];
  const projects = ((r?.get('projects') as Node[] | undefined) ?? []).map((p) => ({
    id: String(p.properties.id),
    name: String(p.properties.name),
    investment: num(p.properties.investment),
    currency: str(p.properties.currency) ?? 'CNY',
  }));
  const totals = new Map<string, number>();
  for (const p of projects)
    if (p.investment !== null) totals.set(p.currency, (totals.get(p.currency) ?? 0) + p.investment);
  const clean = <T extends { id: unknown }>(xs: T[] | undefined) => (xs ?? []).filter((x) => x.id !== null);
  return {
    place: nodeDto(place),
    events: clean(r?.get('events') as { id: string; name: string; date: string | null }[]).map((e) => ({
      id: String(e.id),
      name: String(e.name),
      date: str(e.date),
    })),
    organizations: clean(r?.get('orgs') as { id: string; name: string }[]).map((o) => ({
      id: String(o.id),
      name: String(o.name),
    })),
    projects: projects.map(({ id: pid, name, investment }) => ({ id: pid, name, investment })),
    investmentTotal: [...totals].map(([currency, amount]) => ({ currency, amount })),
  };
}
