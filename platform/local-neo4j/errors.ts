/** Anything that keeps the project's own Neo4j from starting or stopping. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
