import type { Pictogram as PictogramName } from '../../domain/survey/answer-scale';
import { PICTOGRAM_DRAWINGS } from '../../domain/survey/pictogram-drawing';

/**
 * An easy-read answer's pictogram, drawn beside its words and never instead of them, so it is hidden from
 * screen readers, which read the words. The questionnaire pages render it at build time, the afnamemodus live.
 */
export function Pictogram({ pictogram }: { pictogram: PictogramName }) {
  const { fill, strokes } = PICTOGRAM_DRAWINGS[pictogram];
  return (
    <svg class={`pictogram pictogram--${pictogram}`} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="17" fill={fill} />
      {strokes.map((d) => (
        <path key={d} d={d} fill="none" />
      ))}
    </svg>
  );
}
