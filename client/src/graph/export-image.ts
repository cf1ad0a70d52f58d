import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './types.ts';

/**
 * Composites sigma's canvas layers (edges, nodes, labels, hovers…) into one PNG.
 * WebGL layers keep no drawing buffer, so we re-render synchronously and copy in the same task.
 */
export function sigmaToPngBlob(sigma: Sigma<NodeAttrs, EdgeAttrs>, background = '#ffffff'): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('Export: no 2D canvas context available'));
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  // Layers are stacked in DOM order; keep that order when painting.
  const layers = Object.values(sigma.getCanvases()).sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Export: PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Saves a blob through a temporary link; nothing of the news text touches markup. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadText = (text: string, filename: string, type: string): void =>
  downloadBlob(new Blob([text], { type }), filename);
