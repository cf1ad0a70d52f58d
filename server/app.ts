import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { API_ROUTES, type SavedQuery } from '../model/api.ts';
import type { Ingestor } from '../ingest/pipeline.ts';
import type { AppConfig } from '../platform/config.ts';
import { DatabaseUnavailableError, errorHandler, NotFoundError } from './errors.ts';
import type { GraphDb } from './neo4j/graph-db.ts';
import { ResponseCache } from './cache/response-cache.ts';
import { docsPage, openApiDocument } from './openapi.ts';
import { articleRoutes } from './routes/article-routes.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { queryRoutes } from './routes/query-routes.ts';

export const CLIENT_DIST = resolve(import.meta.dirname, '..', 'client', 'dist');

export interface AppDeps {
  db: GraphDb;
  config: AppConfig;
  savedQueries: readonly SavedQuery[];
  /** Present when uploads may be ingested (INGEST_TOKEN set). */
  ingestor: Ingestor | null;
  /** Answers of the read endpoints; without one, every request goes to Neo4j. */
  cache?: ResponseCache;
  clientDir?: string;
}

function cors(origin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (origin && req.get('origin') === origin) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Vary', 'Origin');
      res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.set('Access-Control-Allow-Methods', 'GET, POST');
      if (req.method === 'OPTIONS') return void res.sendStatus(204);
    }
    next();
  };
}

/** The whole HTTP app, without listening: tests and the entry point both build it here. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'worker-src': ["'self'", 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  app.use(cors(deps.config.CORS_ORIGIN));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.RATE_LIMIT_PER_MINUTE,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json({ error: { code: 'rate_limited', message: 'Too many requests; slow down' } });
      },
    }),
  );
  app.use('/api', express.json({ limit: '256kb' }));
  const cache = deps.cache ?? new ResponseCache(0);

  app.get(API_ROUTES.health, async (_req, res) => {
    try {
      res.json({ status: 'ok', neo4j: await deps.db.serverInfo() });
    } catch (err) {
      cache.setTrusted(false);
      const reason =
        err instanceof DatabaseUnavailableError ? err.message : 'Neo4j did not answer the health check';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });
  app.get(API_ROUTES.openapi, (_req, res) => {
    res.json(openApiDocument());
  });
  app.get(API_ROUTES.docs, (_req, res) => {
    res.type('html').send(docsPage());
  });
  // An upload changes the graph: its own answers must show at once, not after the next count check.
  app.post(API_ROUTES.articles, (_req, res, next) => {
    res.on('finish', () => cache.clear());
    next();
  });
  app.use(graphRoutes(deps.db, cache));
  app.use(queryRoutes(deps.db, deps.savedQueries, deps.config.QUERY_ROW_CAP));
  app.use(articleRoutes(deps.ingestor, deps.config.INGEST_TOKEN));
  app.use('/api', (req, _res, next) => {
    next(new NotFoundError(`No API route ${req.method} ${req.path}`));
  });

  const clientDir = deps.clientDir ?? CLIENT_DIST;
  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Deep links: any other GET path is the app itself, which reads the view from the URL.
    app.get(/^\/(?!api\/).*/u, (_req, res) => {
      res.sendFile(join(clientDir, 'index.html'));
    });
  }
  app.use(errorHandler);
  return app;
}
