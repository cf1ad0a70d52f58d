import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { SchemaInfo } from '../../../model/api.ts';

export interface CypherEditor {
  getText: () => string;
  focus: () => void;
  setSchema: (schema: SchemaInfo) => void;
}

/** Neo4j's CodeMirror 6 Cypher support: highlighting, linting, completion from the live schema. */
export function createEditor(
  host: HTMLElement,
  initialText: string,
  on: { onChange: (text: string) => void; onRun: () => void },
): CypherEditor {
  // The shipped typings say EditorApi, but 1.0.3 returns it wrapped as `{ editor }`.
  const created = createCypherEditor(host, {
    value: initialText,
    lineNumbers: true,
    autocomplete: true,
    theme: 'light',
  }) as unknown as { editor: EditorApi };
  const api = created.editor;
  let text = initialText;
  api.onValueChanged((value) => {
    text = value;
    on.onChange(value);
  });
  api.onKeyDown((e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      // The completion popup would stay open over the result. This is CodeMirror's closeCompletion,
      // called by the wrapper on its own copy of @codemirror/autocomplete, keeping its state in step.
      api.setAutocompleteOpen(false);
      on.onRun();
    }
  });
  return {
    getText: () => text,
    focus: () => api.focus(),
    // The editor's completion expects labels and types written with their leading colon.
    setSchema: (s) =>
      api.setSchema({
        labels: s.labels.map((l) => `:${l}`),
        relationshipTypes: s.relationshipTypes.map((r) => `:${r}`),
        propertyKeys: s.propertyKeys,
      }),
  };
}
