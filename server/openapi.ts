import { z } from 'zod';
import * as api from '../model/api.ts';
import { API_ROUTES } from '../model/api.ts';

type Op = { summary: string; query?: z.ZodType; body?: z.ZodType; response: z.ZodType; pathParam?: string };

const OPERATIONS: Record<string, Record<string, Op>> = {
  [API_ROUTES.health]: {
    get: {
      summary: 'Status and Neo4j version; 503 while Neo4j is unreachable',
      response: api.HealthResponseSchema,
    },
  },
  [API_ROUTES.overview]: {
    get: {
      summary:
        'Counts, dates, and starting points: most reported officials and bodies, biggest projects, latest articles',
      response: api.OverviewSchema,
    },
  },
  [API_ROUTES.search]: {
    get: {
      summary: 'Chinese full-text search over names and aliases',
      query: api.SearchQuerySchema,
      response: api.SearchResponseSchema,
    },
  },
  [API_ROUTES.entity]: {
    get: {
      summary: 'An entity, its aliases, titles over time and evidence',
      pathParam: 'id',
      response: api.EntityResponseSchema,
    },
  },
  [API_ROUTES.neighbourhood]: {
    get: {
      summary: 'Neighbours to depth 1 or 2, filtered and capped',
      pathParam: 'id',
      query: api.NeighbourhoodQuerySchema,
      response: api.GraphPayloadSchema,
    },
  },
  [API_ROUTES.paths]: {
    get: {
      summary: 'Shortest paths between two entities',
      query: api.PathsQuerySchema,
      response: api.PathsResponseSchema,
    },
  },
  [API_ROUTES.personTimeline]: {
    get: {
      summary: "A person's events in time order with co-attendees",
      pathParam: 'id',
      response: api.PersonTimelineSchema,
    },
  },
  [API_ROUTES.organizationProjects]: {
    get: {
      summary: "A company's projects with investments and places",
      pathParam: 'id',
      response: api.OrganizationProjectsSchema,
    },
  },
  [API_ROUTES.placeSummary]: {
    get: {
      summary: "A place's events, organizations, projects and investment total",
      pathParam: 'id',
      response: api.PlaceSummarySchema,
    },
  },
  [API_ROUTES.savedQueries]: {
    get: { summary: 'The saved queries of cypher/queries', response: api.SavedQueriesResponseSchema },
  },
  [API_ROUTES.runSavedQuery]: {
    post: {
      summary: 'Run a saved query with parameters',
      pathParam: 'name',
      body: api.RunSavedQueryBodySchema,
      response: api.QueryResultSchema,
    },
  },
  [API_ROUTES.cypher]: {
    post: {
      summary: 'Run a read-only Cypher query (403 for anything else)',
      body: api.CypherBodySchema,
      response: api.QueryResultSchema,
    },
  },
  [API_ROUTES.schema]: {
    get: { summary: 'Labels, relationship types and property keys', response: api.SchemaInfoSchema },
  },
  [API_ROUTES.articles]: {
    post: {
      summary: 'Upload page files (multipart field "pages"); needs the bearer token',
      response: api.IngestResponseSchema,
    },
  },
};

const json = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** The OpenAPI 3.1 document, generated from the same zod schemas the server validates with. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const [route, methods] of Object.entries(OPERATIONS)) {
    const path = route.replace(/:(\w+)/gu, '{$1}');
    paths[path] = Object.fromEntries(
      Object.entries(methods).map(([method, op]) => {
        const parameters: unknown[] = [];
        if (op.pathParam)
          parameters.push({ name: op.pathParam, in: 'path', required: true, schema: { type: 'string' } });
        if (op.query) {
          const props =
            (json(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] }) ?? {};
          for (const [name, schema] of Object.entries(props.properties ?? {})) {
            parameters.push({ name, in: 'query', required: props.required?.includes(name) ?? false, schema });
          }
        }
        const operation: Record<string, unknown> = {
          summary: op.summary,
          parameters,
          responses: {
            200: {
              description: 'OK',
              content: { 'application/json': { schema: json(op.response, 'output') } },
            },
            400: { description: 'Invalid input; the message names the field' },
            503: { description: 'Neo4j is unreachable' },
          },
        };
        if (op.body)
          operation.requestBody = {
            required: true,
            content: { 'application/json': { schema: json(op.body, 'input') } },
          };
        return [method, operation];
      }),
    );
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wujin KG explorer API',
      version: '0.1.0',
      description: 'Knowledge graph of Chinese local news over Neo4j',
    },
    paths,
  };
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A plain readable page of the routes; the text is our own, escaped anyway. */
export function docsPage(): string {
  const rows = Object.entries(OPERATIONS)
    .flatMap(([route, methods]) =>
      Object.entries(methods).map(
        ([m, op]) =>
          `<tr><td><code>${m.toUpperCase()}</code></td><td><code>${escapeHtml(route)}</code></td><td>${escapeHtml(op.summary)}</td></tr>`,
      ),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}td{padding:.3rem .8rem;border-bottom:1px solid #ddd}</style></head>
<body><h1>Wujin KG explorer API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>{"error":{"code","message"}}</code>.</p>
<table>${rows}</table></body></html>`;
}
