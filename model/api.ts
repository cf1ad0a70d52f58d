import { z } from 'zod';
import {
  EntityIdSchema,
  EvidenceSchema,
  GraphNodeSchema,
  GraphPayloadSchema,
  NodeLabelSchema,
  PropValueSchema,
  PropsSchema,
  RelTypeSchema,
} from './graph.ts';

/** Request and response contracts of the HTTP API, shared by server (validation, OpenAPI) and client (parsing). */

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(item));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date YYYY-MM-DD');

export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string() }),
});
export const HealthUnavailableSchema = z.object({
  status: z.literal('unavailable'),
  reason: z.string(),
});

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(100),
  labels: csv(NodeLabelSchema),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const SearchHitSchema = z.object({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  score: z.number(),
  /** A short description: a person's latest title, a place's kind. */
  detail: z.string().nullable(),
});
export const SearchResponseSchema = z.object({ hits: z.array(SearchHitSchema) });

export const EntityParamsSchema = z.object({ id: EntityIdSchema });
export const TitleSpanSchema = z.object({
  title: z.string(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  count: z.number().int(),
});
export const EntityResponseSchema = z.object({
  node: GraphNodeSchema,
  aliases: z.array(z.string()),
  titles: z.array(TitleSpanSchema),
  evidence: z.array(
    EvidenceSchema.extend({
      relation: z.string(),
      otherId: z.string().nullable(),
      otherName: z.string().nullable(),
    }),
  ),
  degree: z.number().int(),
});

export const NeighbourhoodQuerySchema = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  rels: csv(RelTypeSchema),
  labels: csv(NodeLabelSchema),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
});

export const PathsQuerySchema = z.object({
  from: EntityIdSchema,
  to: EntityIdSchema,
  maxHops: z.coerce.number().int().min(1).max(8).default(6),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export const PathsResponseSchema = GraphPayloadSchema.extend({
  /** Each path as the ids of its nodes, in order. */
  paths: z.array(z.array(z.string())),
});

export const PersonTimelineSchema = z.object({
  person: GraphNodeSchema,
  events: z.array(
    z.object({
      event: GraphNodeSchema,
      role: z.string().nullable(),
      titles: z.array(z.string()),
      headline: z.string().nullable(),
      coAttendees: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  coAttendance: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
});

export const OrganizationProjectsSchema = z.object({
  organization: GraphNodeSchema,
  projects: z.array(
    z.object({
      project: GraphNodeSchema,
      investment: z.number().nullable(),
      investmentText: z.string().nullable(),
      currency: z.string().nullable(),
      places: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

export const PlaceSummarySchema = z.object({
  place: GraphNodeSchema,
  events: z.array(z.object({ id: z.string(), name: z.string(), date: z.string().nullable() })),
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  projects: z.array(z.object({ id: z.string(), name: z.string(), investment: z.number().nullable() })),
  /** Investment totals per currency. */
  investmentTotal: z.array(z.object({ currency: z.string(), amount: z.number() })),
});

/** One starting point on the explorer's first screen. */
export const StartItemSchema = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  /** A person's latest title, a body's kind, a project's stated amount, an article's date. */
  detail: z.string().nullable(),
  /** Articles that mention it (for an article: the entities it mentions). */
  count: z.number().int(),
});
/** What the database holds, and where to start reading it. */
export const OverviewSchema = z.object({
  counts: z.object({
    articles: z.number().int(),
    events: z.number().int(),
    people: z.number().int(),
    organizations: z.number().int(),
    places: z.number().int(),
    projects: z.number().int(),
  }),
  /** The first and last publication dates of the articles. */
  published: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  /** People with a title, most reported first. */
  officials: z.array(StartItemSchema),
  /** Organizations, most reported first. */
  organizations: z.array(StartItemSchema),
  /** Projects with a stated amount in yuan, biggest first. */
  projects: z.array(StartItemSchema),
  /** The latest articles. */
  articles: z.array(StartItemSchema),
});

export const QueryParamSpecSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'float', 'boolean', 'id']),
  description: z.string(),
  default: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});
export const SavedQuerySchema = z.object({
  name: z.string(),
  description: z.string(),
  params: z.array(QueryParamSpecSchema),
  cypher: z.string(),
});
export const SavedQueriesResponseSchema = z.object({ queries: z.array(SavedQuerySchema) });
export const RunSavedQueryBodySchema = z.object({
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

export const CypherBodySchema = z.object({
  query: z.string().trim().min(1, 'must not be empty').max(20_000),
  params: z.record(z.string(), PropValueSchema).default({}),
});
export const QueryResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(PropValueSchema)),
  graph: GraphPayloadSchema,
  truncated: z.boolean(),
  elapsedMs: z.number(),
});

export const SchemaInfoSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});

export const IngestResponseSchema = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      ok: z.boolean(),
      articles: z.number().int(),
      error: z.string().nullable(),
    }),
  ),
});

export { GraphPayloadSchema, PropsSchema };
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type EntityResponse = z.infer<typeof EntityResponseSchema>;
export type NeighbourhoodQuery = z.infer<typeof NeighbourhoodQuerySchema>;
export type PathsQuery = z.infer<typeof PathsQuerySchema>;
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
export type PersonTimeline = z.infer<typeof PersonTimelineSchema>;
export type OrganizationProjects = z.infer<typeof OrganizationProjectsSchema>;
export type PlaceSummary = z.infer<typeof PlaceSummarySchema>;
export type StartItem = z.infer<typeof StartItemSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
export type QueryParamSpec = z.infer<typeof QueryParamSpecSchema>;
export type SavedQuery = z.infer<typeof SavedQuerySchema>;
export type CypherBody = z.infer<typeof CypherBodySchema>;
export type QueryResult = z.infer<typeof QueryResultSchema>;
export type SchemaInfo = z.infer<typeof SchemaInfoSchema>;
export type IngestResponse = z.infer<typeof IngestResponseSchema>;
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** Every route of the API, for the server's router, the OpenAPI document and the client's fetches. */
export const API_ROUTES = {
  health: '/api/health',
  search: '/api/search',
  entity: '/api/entities/:id',
  neighbourhood: '/api/entities/:id/neighbourhood',
  paths: '/api/paths',
  personTimeline: '/api/people/:id/timeline',
  organizationProjects: '/api/organizations/:id/projects',
  placeSummary: '/api/places/:id/summary',
  overview: '/api/overview',
  savedQueries: '/api/queries',
  runSavedQuery: '/api/queries/:name/run',
  cypher: '/api/cypher',
  schema: '/api/schema',
  articles: '/api/articles',
  openapi: '/api/openapi.json',
  docs: '/api/docs',
} as const;
