import type { NodeLabel } from '../../model/graph.ts';

const LABEL_OF_PREFIX: Record<string, NodeLabel> = {
  art: 'Article',
  evt: 'Event',
  per: 'Person',
  org: 'Organization',
  plc: 'Place',
  prj: 'Project',
};

/**
 * An entity's label from its id's prefix. The label goes into Cypher text, so it only ever comes
 * from this allow-list, never from the request.
 */
export function labelOfId(id: string): NodeLabel | null {
  return LABEL_OF_PREFIX[id.slice(0, 3)] ?? null;
}
