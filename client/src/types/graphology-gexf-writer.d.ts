// Only the GEXF writer is needed in the browser; the package's browser entry also loads a parser
// that touches DOMParser at import time, which breaks the Node unit tests.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
