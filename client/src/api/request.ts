import type { z } from 'zod';
import { ErrorResponseSchema } from '../../../model/api.ts';
import { ApiError, ContractError, NetworkError } from './errors.ts';

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** Builds `path?query`, dropping empty values; lists become comma-separated as the API expects. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
    } else p.set(k, String(v));
  }
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

export const routeWith = (route: string, params: Record<string, string>): string =>
  route.replace(/:(\w+)/gu, (_m, name: string) => encodeURIComponent(params[name] ?? ''));

/** Fetches JSON and parses it with the shared schema, so a contract drift fails here, loudly. */
export async function requestJson<S extends z.ZodType>(
  url: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(`Request to ${url} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const envelope = ErrorResponseSchema.safeParse(body);
    if (envelope.success)
      throw new ApiError(res.status, envelope.data.error.code, envelope.data.error.message);
    throw new ApiError(res.status, 'HTTP_ERROR', `${res.status} ${res.statusText}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ContractError(url.split('?')[0] ?? url, parsed.error.message);
  return parsed.data;
}

export const postJson = <S extends z.ZodType>(url: string, schema: S, body: unknown, signal?: AbortSignal) =>
  requestJson(url, schema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: signal ?? null,
  });
