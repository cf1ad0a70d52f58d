import type Graph from 'graphology';
import type { Evidence, PropValue } from '../../../model/graph.ts';

/**
 * Node attributes kept in graphology. `label` is the display name because sigma reads it;
 * the node's Neo4j label lives in `kind`. `fixed` is read by ForceAtlas2 for pinned nodes.
 */
export interface NodeAttrs {
  label: string;
  kind: string;
  props: Record<string, PropValue>;
  x: number;
  y: number;
  size: number;
  color: string;
  fixed?: boolean;
}

/** Edge attributes; the relationship type is `relType` because sigma's `type` picks a renderer. */
export interface EdgeAttrs {
  relType: string;
  props: Record<string, PropValue>;
  evidence: Evidence[];
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs>;
