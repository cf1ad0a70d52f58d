import { Router } from 'express';
import {
  API_ROUTES,
  EntityParamsSchema,
  NeighbourhoodQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
} from '../../model/api.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { entity } from '../services/entity.ts';
import { neighbourhood, paths } from '../services/neighbourhood.ts';
import { search } from '../services/search.ts';
import { organizationProjects, personTimeline, placeSummary } from '../services/views.ts';
import { parse, queryOf } from './validate.ts';

export function graphRoutes(db: GraphDb): Router {
  const r = Router();
  r.get(API_ROUTES.search, async (req, res) => {
    res.json({ hits: await search(db, parse(SearchQuerySchema, queryOf(req), 'query')) });
  });
  r.get(API_ROUTES.entity, async (req, res) => {
    res.json(await entity(db, parse(EntityParamsSchema, req.params, 'params').id));
  });
  r.get(API_ROUTES.neighbourhood, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    res.json(await neighbourhood(db, id, parse(NeighbourhoodQuerySchema, queryOf(req), 'query')));
  });
  r.get(API_ROUTES.paths, async (req, res) => {
    res.json(await paths(db, parse(PathsQuerySchema, queryOf(req), 'query')));
  });
  r.get(API_ROUTES.personTimeline, async (req, res) => {
    res.json(await personTimeline(db, parse(EntityParamsSchema, req.params, 'params').id));
  });
  r.get(API_ROUTES.organizationProjects, async (req, res) => {
    res.json(await organizationProjects(db, parse(EntityParamsSchema, req.params, 'params').id));
  });
  r.get(API_ROUTES.placeSummary, async (req, res) => {
    res.json(await placeSummary(db, parse(EntityParamsSchema, req.params, 'params').id));
  });
  return r;
}
