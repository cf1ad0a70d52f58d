import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../../platform/neo4j-target.ts';

export type { Driver };

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 20,
    connectionAcquisitionTimeout: 20_000,
  });
}
