import { ApiError, getSchema, runCypher } from '../api/index.ts';
import type { ViewContext } from '../app/context.ts';
import { setConsoleText } from '../state/index.ts';
import { h, replaceContent } from './dom.ts';
import { t } from './i18n.ts';
import { errorBox, resultTable } from './result-table.ts';

/** Cypher console: CodeMirror 6 editor (loaded on demand, it is large), run, table + graph, plain errors. */
export function mountCypherConsole(root: HTMLElement, ctx: ViewContext, initialText: string): void {
  const lang = () => ctx.store.get().lang;
  const editorHost = h('div', { class: 'cypher-editor', 'data-testid': 'console-editor' });
  const output = h('div', { class: 'console-output' });
  let getText = () => initialText;

  const execute = async () => {
    const query = getText().trim();
    if (!query) return;
    replaceContent(output, h('p', { class: 'muted' }, t(lang(), 'loading')));
    try {
      const result = await runCypher(query);
      replaceContent(output, resultTable(ctx, result, lang(), 'console-result-table'));
      ctx.actions.showPayload(result.graph);
    } catch (err) {
      const msg =
        err instanceof ApiError
          ? err.refused
            ? `${t(lang(), 'refused')} (${err.code}: ${err.message})`
            : `${err.code}: ${err.message}`
          : err instanceof Error
            ? err.message
            : String(err);
      replaceContent(output, errorBox(msg, 'console-error'));
    }
  };

  const runButton = h(
    'button',
    { type: 'button', 'data-testid': 'console-run', title: 'Ctrl+Enter', onclick: () => void execute() },
    t(lang(), 'run'),
  );
  root.append(
    h('h2', {}, t(lang(), 'console')),
    editorHost,
    h('div', { class: 'actions' }, runButton),
    output,
  );

  // The state keeps the text for deep links; write it back at most every 300 ms.
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const saveText = (text: string) => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => ctx.store.apply(setConsoleText(text)), 300);
  };

  void import('./cypher-editor.ts')
    .then(async ({ createEditor }) => {
      const editor = createEditor(editorHost, initialText, {
        onChange: saveText,
        onRun: () => void execute(),
      });
      getText = editor.getText;
      editor.focus();
      try {
        editor.setSchema(await getSchema());
      } catch {
        // Completion of labels and types is a nicety; the console works without the schema.
      }
    })
    .catch((err: unknown) => {
      // Fallback so the console stays usable if the editor bundle fails to load.
      const area = h('textarea', { class: 'cypher-fallback', rows: 8, oninput: () => saveText(area.value) });
      area.value = initialText;
      getText = () => area.value;
      editorHost.append(area);
      ctx.actions.reportError(err);
    });
}
