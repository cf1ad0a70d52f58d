/** Viewport geometry in CSS pixels, as sigma's `framedGraphToViewport` returns it. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box a node and its label take on screen: sigma draws the label to the right of the disc. */
export function nodeLabelBox(
  x: number,
  y: number,
  radius: number,
  labelWidth: number,
  labelSize: number,
): Box {
  const half = Math.max(radius, labelSize / 2);
  return {
    left: x - radius,
    right: x + radius + (labelWidth > 0 ? 3 + labelWidth : 0),
    top: y - half,
    bottom: y + half,
  };
}

/**
 * How far the view has to move (in viewport pixels; positive = towards the right/bottom of the
 * graph) so that `box` lies inside the viewport less `margin`; zero on an axis where it already
 * does. When the box is wider than the viewport its left edge (the node itself) wins. Pure.
 */
export function panToContain(
  box: Box,
  viewport: { width: number; height: number },
  margin: number,
): { dx: number; dy: number } {
  const axis = (lo: number, hi: number, size: number): number => {
    const min = margin;
    const max = size - margin;
    if (lo < min) return lo - min;
    if (hi > max) return Math.min(hi - max, lo - min);
    return 0;
  };
  return { dx: axis(box.left, box.right, viewport.width), dy: axis(box.top, box.bottom, viewport.height) };
}
