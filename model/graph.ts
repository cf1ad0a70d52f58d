import { z } from 'zod';

/** The one allow-list of node labels and relationship types; Cypher and the client take them from here. */
export const NODE_LABELS = ['Article', 'Event', 'Person', 'Organization', 'Place', 'Project'] as const;
export const ENTITY_LABELS = ['Person', 'Organization', 'Place', 'Project'] as const;
export const REL_TYPES = [
  'ATTENDED',
  'REPORTED_IN',
  'CREDITED',
  'VISITED',
  'DEVELOPS',
  'LOCATED_IN',
  'PART_OF',
  'MENTIONS',
] as const;

/** Ids are `<prefix>-<16 hex>`, made by model/ids.ts. */
export const ID_PATTERN = /^(art|evt|per|org|plc|prj)-[0-9a-f]{16}$/u;
export const EntityIdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be an entity id such as per-0123456789abcdef');

export const NodeLabelSchema = z.enum(NODE_LABELS);
export const RelTypeSchema = z.enum(REL_TYPES);
export type NodeLabel = z.infer<typeof NodeLabelSchema>;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type RelType = z.infer<typeof RelTypeSchema>;

/** A value as the API returns it: JSON-safe, with Neo4j's types made explicit. */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue };
export const PropValueSchema: z.ZodType<PropValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(PropValueSchema),
    z.record(z.string(), PropValueSchema),
  ]),
);
export const PropsSchema = z.record(z.string(), PropValueSchema);

export const EvidenceSchema = z.object({
  articleId: z.string(),
  sentence: z.string(),
  headline: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const GraphNodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  props: PropsSchema,
});
export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  props: PropsSchema,
  evidence: z.array(EvidenceSchema).optional(),
});
export const GraphPayloadSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;
