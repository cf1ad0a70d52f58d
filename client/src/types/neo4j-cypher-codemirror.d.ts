// The package ships its types but its `exports` map does not point at them for ".",
// so bundler resolution misses them; re-export from the subpath it does expose.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}
