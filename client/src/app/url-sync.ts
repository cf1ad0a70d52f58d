import { encodeState, type Store } from '../state/index.ts';

/** Mirrors the shareable state into the URL hash without adding history entries on every change. */
export function startUrlSync(store: Store): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    const hash = encodeState(store.get());
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    window.history.replaceState(null, '', url);
  };
  store.subscribe((s, p) => {
    if (s.hovered !== p.hovered && s.selected === p.selected && s.view === p.view) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, 150);
  });
  write();
}
