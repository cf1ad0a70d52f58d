import {
  API_ROUTES,
  EntityResponseSchema,
  GraphPayloadSchema,
  OrganizationProjectsSchema,
  OverviewSchema,
  PathsResponseSchema,
  PersonTimelineSchema,
  PlaceSummarySchema,
  QueryResultSchema,
  SavedQueriesResponseSchema,
  SchemaInfoSchema,
  SearchResponseSchema,
} from '../../../model/api.ts';
import type { NodeLabel, PropValue, RelType } from '../../../model/graph.ts';
import { postJson, requestJson, routeWith, withQuery } from './request.ts';

/** One typed function per route; every response goes through the shared schema. */

export const search = (
  q: string,
  opts: { labels?: NodeLabel[]; limit?: number } = {},
  signal?: AbortSignal,
) =>
  requestJson(
    withQuery(API_ROUTES.search, { q, labels: opts.labels, limit: opts.limit }),
    SearchResponseSchema,
    {
      signal: signal ?? null,
    },
  );

export const getOverview = () => requestJson(API_ROUTES.overview, OverviewSchema);

export const getEntity = (id: string) =>
  requestJson(routeWith(API_ROUTES.entity, { id }), EntityResponseSchema);

export interface NeighbourhoodOptions {
  depth?: number;
  rels?: RelType[];
  labels?: NodeLabel[];
  from?: string | null;
  to?: string | null;
  limit?: number;
}

export const getNeighbourhood = (id: string, o: NeighbourhoodOptions = {}) =>
  requestJson(
    withQuery(routeWith(API_ROUTES.neighbourhood, { id }), {
      depth: o.depth,
      rels: o.rels,
      labels: o.labels,
      from: o.from,
      to: o.to,
      limit: o.limit,
    }),
    GraphPayloadSchema,
  );

export const getPaths = (from: string, to: string, o: { maxHops?: number; limit?: number } = {}) =>
  requestJson(
    withQuery(API_ROUTES.paths, { from, to, maxHops: o.maxHops, limit: o.limit }),
    PathsResponseSchema,
  );

export const getPersonTimeline = (id: string) =>
  requestJson(routeWith(API_ROUTES.personTimeline, { id }), PersonTimelineSchema);

export const getOrganizationProjects = (id: string) =>
  requestJson(routeWith(API_ROUTES.organizationProjects, { id }), OrganizationProjectsSchema);

export const getPlaceSummary = (id: string) =>
  requestJson(routeWith(API_ROUTES.placeSummary, { id }), PlaceSummarySchema);

export const listSavedQueries = () => requestJson(API_ROUTES.savedQueries, SavedQueriesResponseSchema);

export const runSavedQuery = (name: string, params: Record<string, string | number | boolean>) =>
  postJson(routeWith(API_ROUTES.runSavedQuery, { name }), QueryResultSchema, { params });

export const runCypher = (query: string, params: Record<string, PropValue> = {}) =>
  postJson(API_ROUTES.cypher, QueryResultSchema, { query, params });

export const getSchema = () => requestJson(API_ROUTES.schema, SchemaInfoSchema);
