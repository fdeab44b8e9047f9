// The reader's symbol buttons drawn as inline SVG (16-unit grid, currentColor). Speaker and media glyphs (🔊 ⏸ ⏮ ⏭)
// are missing from many system fonts — an empty box on a bare Linux desktop — and turn into colour emoji elsewhere.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One icon: a filled outline, and strokes drawn over it (the speaker's sound waves). */
interface Shape { fill: string; stroke?: string }

const SHAPES = {
  listen: { fill: 'M2 6v4h2.5L8 13V3L4.5 6H2Z', stroke: 'M10.5 5.5a3.5 3.5 0 0 1 0 5M12 3.5a6 6 0 0 1 0 9' },
  play: { fill: 'M4.5 2.5v11l9-5.5Z' },
  pause: { fill: 'M4 3h3v10H4ZM9 3h3v10H9Z' },
  previous: { fill: 'M8 3v10L2 8ZM14 3v10L8 8Z' },
  next: { fill: 'M2 3v10l6-5ZM8 3v10l6-5Z' },
  previousBlock: { fill: 'M2.5 3h2v10h-2ZM13.5 3v10L5.5 8Z' },
  nextBlock: { fill: 'M11.5 3h2v10h-2ZM2.5 3v10l8-5Z' },
} as const satisfies Record<string, Shape>;

export type IconName = keyof typeof SHAPES;

/** A decorative icon: the button around it carries the accessible name. */
export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset.icon = name;
  const shape: Shape = SHAPES[name];
  const filled = doc.createElementNS(SVG_NS, 'path');
  filled.setAttribute('d', shape.fill);
  filled.setAttribute('fill', 'currentColor');
  svg.append(filled);
  if (shape.stroke) {
    const stroked = doc.createElementNS(SVG_NS, 'path');
    stroked.setAttribute('d', shape.stroke);
    stroked.setAttribute('fill', 'none');
    stroked.setAttribute('stroke', 'currentColor');
    stroked.setAttribute('stroke-width', '1.5');
    stroked.setAttribute('stroke-linecap', 'round');
    svg.append(stroked);
  }
  return svg;
}
