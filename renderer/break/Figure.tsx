export interface FigureProps {
  src: string;
  label: string;
  mirrored: boolean;
}

/** A CSS string literal: quotes, backslashes and newlines become hex escapes, so no URL can break out of it. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The figure is painted as a mask over the text colour, so the line art follows the theme (an <img> would draw
 * its `currentColor` strokes in black on a dark window) without parsing or inlining any SVG markup. The mask is
 * set through the style object, which the CSP allows, unlike a style attribute in markup.
 */
export function Figure({ src, label, mirrored }: FigureProps) {
  return (
    <div
      className={mirrored ? 'figure figure-mirrored' : 'figure'}
      role="img"
      aria-label={label}
      style={{ maskImage: `url(${cssString(src)})` }}
    />
  );
}
