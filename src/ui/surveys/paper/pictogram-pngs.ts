import { PICTOGRAMS, type Pictogram } from '../../../domain/survey/answer-scale';
import { pictogramSvg } from '../../../domain/survey/pictogram-drawing';

/** Drawn this many pixels wide: sharp when Word shows it at about a centimetre on paper. */
const SIZE = 120;

/** One pictogram drawn by the browser onto a canvas, as PNG bytes. */
async function pngOf(pictogram: Pictogram): Promise<Uint8Array> {
  // A blob address, not a data: one, which the site's Content-Security-Policy does not allow for images.
  const url = URL.createObjectURL(new Blob([pictogramSvg(pictogram, SIZE)], { type: 'image/svg+xml' }));
  const image = new Image(SIZE, SIZE);
  image.src = url;
  try {
    await image.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  canvas.getContext('2d')?.drawImage(image, 0, 0, SIZE, SIZE);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('the browser drew no pictogram');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Every pictogram as a PNG, for the Word file of an easy-read form (Word shows PNG everywhere, SVG not). */
export async function pictogramPngs(): Promise<Record<Pictogram, Uint8Array>> {
  const pngs = await Promise.all(PICTOGRAMS.map(pngOf));
  return Object.fromEntries(PICTOGRAMS.map((pictogram, index) => [pictogram, pngs[index]])) as Record<
    Pictogram,
    Uint8Array
  >;
}
