import { Node, Path, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphPayload } from '../../model/graph.ts';
import { edgeDto, nodeDto } from './to-dto.ts';

/**
 * Gathers the nodes, relationships and paths found anywhere in query results into one graph.
 * Parallel relationships of one type between the same two nodes (one per article that states the
 * fact) become one edge carrying all their evidence.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly idOfElement = new Map<string, string>();
  private readonly rels = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value instanceof Node) {
      const node = value as Node;
      if (!this.idOfElement.has(node.elementId)) {
        const dto = nodeDto(node);
        this.idOfElement.set(node.elementId, dto.id);
        this.nodes.set(dto.id, dto);
      }
    } else if (value instanceof Relationship) {
      this.rels.set(value.elementId, value as Relationship);
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

  idOf(n: Node): string {
    return this.idOfElement.get(n.elementId) ?? nodeDto(n).id;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  payload(truncated = false): GraphPayload {
    const edges = new Map<string, GraphEdge>();
    for (const r of this.rels.values()) {
      const e = edgeDto(r, this.idOfElement);
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
