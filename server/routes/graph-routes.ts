import { Router, type Response } from 'express';
import {
  API_ROUTES,
  EntityParamsSchema,
  NeighbourhoodQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
} from '../../model/api.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import type { ResponseCache } from '../cache/response-cache.ts';
import type { GraphDb } from '../neo4j/graph-db.ts';
import { entity } from '../services/entity.ts';
import { neighbourhood, paths } from '../services/neighbourhood.ts';
import { overview } from '../services/overview.ts';
import { search } from '../services/search.ts';
import { organizationProjects, personTimeline, placeSummary } from '../services/views.ts';
import { parse, queryOf } from './validate.ts';

/** Sends a read endpoint's answer through the cache, keyed by the route and its validated input. */
async function send(res: Response, cache: ResponseCache, key: unknown[], compute: () => Promise<unknown>) {
  let answer;
  try {
    answer = await cache.get(JSON.stringify(key), compute);
  } catch (err) {
    // Neo4j went away: stop answering from memory until the watcher sees it again.
    if (err instanceof DatabaseUnavailableError) cache.setTrusted(false);
    throw err;
  }
  const { body, etag, outcome } = answer;
  // With the ETag set, Express neither hashes the body again nor re-encodes it; a matching
  // If-None-Match still gets 304.
  res.set({ 'X-Cache': outcome, ETag: etag }).type('application/json').send(body);
}

export function graphRoutes(db: GraphDb, cache: ResponseCache): Router {
  const r = Router();
  r.get(API_ROUTES.overview, async (_req, res) => {
    await send(res, cache, ['overview'], () => overview(db));
  });
  r.get(API_ROUTES.search, async (req, res) => {
    const q = parse(SearchQuerySchema, queryOf(req), 'query');
    await send(res, cache, ['search', q], async () => ({ hits: await search(db, q) }));
  });
  r.get(API_ROUTES.entity, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    await send(res, cache, ['entity', id], () => entity(db, id));
  });
  r.get(API_ROUTES.neighbourhood, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    const q = parse(NeighbourhoodQuerySchema, queryOf(req), 'query');
    await send(res, cache, ['neighbourhood', id, q], () => neighbourhood(db, id, q));
  });
  r.get(API_ROUTES.paths, async (req, res) => {
    const q = parse(PathsQuerySchema, queryOf(req), 'query');
    await send(res, cache, ['paths', q], () => paths(db, q));
  });
  r.get(API_ROUTES.personTimeline, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    await send(res, cache, ['personTimeline', id], () => personTimeline(db, id));
  });
  r.get(API_ROUTES.organizationProjects, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    await send(res, cache, ['organizationProjects', id], () => organizationProjects(db, id));
  });
  r.get(API_ROUTES.placeSummary, async (req, res) => {
    const { id } = parse(EntityParamsSchema, req.params, 'params');
    await send(res, cache, ['placeSummary', id], () => placeSummary(db, id));
  });
  return r;
}
