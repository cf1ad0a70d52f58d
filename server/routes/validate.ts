import type { Request } from 'express';
import type { z } from 'zod';
import { BadRequestError, zodMessage } from '../errors.ts';

/** Parses one part of a request with its schema; a 400 names the field and the problem. */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'query' | 'params' | 'body',
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequestError(zodMessage(where, result.error));
  return result.data;
}

export const queryOf = (req: Request) => req.query as Record<string, unknown>;
