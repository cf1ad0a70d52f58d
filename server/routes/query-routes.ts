import { Router } from 'express';
import { z } from 'zod';
import { API_ROUTES, CypherBodySchema, RunSavedQueryBodySchema, type SavedQuery } from '../../model/api.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { runReadQuery } from '../services/console.ts';
import { runSavedQuery } from '../services/saved-queries.ts';
import { parse } from './validate.ts';

const NameParams = z.object({ name: z.string().regex(/^[a-z0-9-]{1,80}$/u, 'must be a saved query name') });

export function queryRoutes(db: GraphDb, saved: readonly SavedQuery[], rowCap: number): Router {
  const r = Router();
  r.get(API_ROUTES.savedQueries, (_req, res) => {
    res.json({ queries: saved });
  });
  r.post(API_ROUTES.runSavedQuery, async (req, res) => {
    const { name } = parse(NameParams, req.params, 'params');
    const body = parse(RunSavedQueryBodySchema, req.body ?? {}, 'body');
    res.json(await runSavedQuery(db, saved, name, body.params, rowCap));
  });
  r.post(API_ROUTES.cypher, async (req, res) => {
    const body = parse(CypherBodySchema, req.body, 'body');
    res.json(await runReadQuery(db, body.query, body.params, rowCap));
  });
  r.get(API_ROUTES.schema, async (_req, res) => {
    const [labels, types, keys] = await Promise.all([
      db.read('CALL db.labels() YIELD label RETURN collect(label) AS xs'),
      db.read('CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS xs'),
      db.read('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS xs'),
    ]);
    const xs = (q: typeof labels) => ((q.records[0]?.get('xs') as string[] | undefined) ?? []).sort();
    res.json({ labels: xs(labels), relationshipTypes: xs(types), propertyKeys: xs(keys) });
  });
  return r;
}
