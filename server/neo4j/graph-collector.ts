import { Node, Path, Relationship } from 'neo4j-driver';
import type { Evidence, GraphEdge, GraphNode, GraphPayload } from '../../model/graph.ts';
import { edgeDto, nodeDto, type NodeLike, type RelLike } from './to-dto.ts';

/**
 * Gathers the nodes, relationships and paths found anywhere in query results into one graph.
 * Parallel relationships of one type between the same two nodes (one per article that states the
 * fact) become one edge carrying all their evidence.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly idOfElement = new Map<string, string>();
  private readonly rels = new Map<string, RelLike>();
  private readonly moreEvidence = new Map<string, Evidence[]>();

  add(value: unknown): void {
    if (value instanceof Node) {
      this.addNode(value as Node);
    } else if (value instanceof Relationship) {
      this.addRel(value as Relationship);
    } else if (value instanceof Path) {
      for (const s of value.segments) {
        this.add(s.start);
        this.add(s.relationship);
        this.add(s.end);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (value !== null && typeof value === 'object' && value.constructor === Object) {
      for (const v of Object.values(value)) this.add(v);
    }
  }

  /** A node from a driver Node or a NODE_ROW map; the first one seen of an element wins. */
  addNode(node: NodeLike): void {
    if (this.idOfElement.has(node.elementId)) return;
    const dto = nodeDto(node);
    this.idOfElement.set(node.elementId, dto.id);
    this.nodes.set(dto.id, dto);
  }

  /**
   * A relationship from a driver Relationship or a REL_ROW map; `moreEvidence` is that of the
   * parallel relationships it stands for (see REL_GROUPS).
   */
  addRel(rel: RelLike, moreEvidence: Evidence[] = []): void {
    this.rels.set(rel.elementId, rel);
    if (moreEvidence.length > 0) this.moreEvidence.set(rel.elementId, moreEvidence);
  }

  idOf(n: NodeLike): string {
    return this.idOfElement.get(n.elementId) ?? nodeDto(n).id;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  payload(truncated = false): GraphPayload {
    const edges = new Map<string, GraphEdge>();
    for (const r of this.rels.values()) {
      const e = edgeDto(r, this.idOfElement);
      const more = this.moreEvidence.get(r.elementId);
      if (more) e.evidence = [...(e.evidence ?? []), ...more];
      // Only edges whose both ends are in the graph: a drawn edge needs its nodes.
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      const key = `${e.type}|${e.source}|${e.target}`;
      const seen = edges.get(key);
      if (!seen) {
        edges.set(key, { ...e, id: key });
      } else if (e.evidence) {
        seen.evidence = [...(seen.evidence ?? []), ...e.evidence];
      }
    }
    return { nodes: [...this.nodes.values()], edges: [...edges.values()], truncated };
  }
}
