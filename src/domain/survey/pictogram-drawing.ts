import type { Pictogram } from './answer-scale';

/** The eyes of the three faces. */
const EYES = 'M14 15 L14 17 M26 15 L26 17';

/**
 * How each pictogram is drawn on a 40 × 40 grid: a circle (centre 20, 20, radius 17) filled with its colour,
 * then these strokes — a face that says no, a bit or yes, and a question mark. One drawing for the app's
 * screens and for the Word file, which embeds it as a picture.
 */
export const PICTOGRAM_DRAWINGS: Record<Pictogram, { fill: string; strokes: readonly string[] }> = {
  no: { fill: '#fde2df', strokes: [EYES, 'M13 29 Q20 22 27 29'] },
  somewhat: { fill: '#fff4d6', strokes: [EYES, 'M13 26 L27 26'] },
  yes: { fill: '#dff3e4', strokes: [EYES, 'M13 24 Q20 31 27 24'] },
  unknown: { fill: '#ffffff', strokes: ['M15 15 Q15 9 20 9 Q26 9 26 15 Q26 19 20 21 L20 25 M20 30 L20 31'] },
};

/** The colour of the outline and strokes. */
export const PICTOGRAM_INK = '#1c2326';

/** A pictogram as a standalone SVG document of `size` pixels, for a picture outside the page (the Word file). */
export function pictogramSvg(pictogram: Pictogram, size: number): string {
  const { fill, strokes } = PICTOGRAM_DRAWINGS[pictogram];
  const paths = strokes.map((d) => `<path d="${d}" fill="none"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 40 40" ` +
    `stroke="${PICTOGRAM_INK}" stroke-width="2.5" stroke-linecap="round">` +
    `<circle cx="20" cy="20" r="17" fill="${fill}"/>${paths}</svg>`
  );
}
