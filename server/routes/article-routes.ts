import { timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { API_ROUTES } from '../../model/api.ts';
import type { Ingestor } from '../../ingest/pipeline.ts';
import { BadRequestError, HttpError, UnauthorizedError } from '../errors.ts';

const MAX_FILES = 50;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** POST /api/articles: page files in, through the CLI's pipeline. Off unless INGEST_TOKEN is set. */
export function articleRoutes(ingestor: Ingestor | null, token: string | undefined): Router {
  const r = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES },
  });
  const auth: RequestHandler = (req, _res, next) => {
    if (!token || !ingestor) {
      next(
        new HttpError(
          404,
          'ingest_disabled',
          'Uploading pages is turned off on this server (set INGEST_TOKEN to turn it on)',
        ),
      );
      return;
    }
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !sameToken(given, token)) {
      next(new UnauthorizedError('A valid bearer token is required to upload pages'));
      return;
    }
    next();
  };
  const files: RequestHandler = (req, res, next) => {
    upload.array('pages', MAX_FILES)(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) {
        next(
          err.code === 'LIMIT_FILE_SIZE'
            ? new HttpError(413, 'payload_too_large', `A page is over ${MAX_FILE_BYTES} bytes`)
            : new BadRequestError(`Upload: ${err.message}`),
        );
      } else next(err);
    });
  };
  r.post(API_ROUTES.articles, auth, files, async (req, res) => {
    const uploaded = (req.files as Express.Multer.File[] | undefined) ?? [];
    if (uploaded.length === 0)
      throw new BadRequestError('body.pages: attach one or more page files in the "pages" field');
    const results = await (ingestor as Ingestor).ingest(
      uploaded.map((f) => ({ name: f.originalname.replace(/[/\\]/gu, '_'), bytes: f.buffer })),
    );
    res.status(results.every((x) => x.ok) ? 200 : 207).json({
      files: results.map((x) => ({ file: x.file, ok: x.ok, articles: x.articles, error: x.error })),
    });
  });
  return r;
}
