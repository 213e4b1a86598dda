import type { Pictogram as PictogramName } from '../../domain/survey/answer-scale';

// A face that says no, a bit or yes, and a question mark.
const MOUTHS: Record<Exclude<PictogramName, 'unknown'>, string> = {
  no: 'M13 29 Q20 22 27 29',
  somewhat: 'M13 26 L27 26',
  yes: 'M13 24 Q20 31 27 24',
};

/**
 * An easy-read answer's pictogram, drawn beside its words and never instead of them, so it is hidden from
 * screen readers, which read the words. The questionnaire pages render it at build time, the afnamemodus live.
 */
export function Pictogram({ pictogram }: { pictogram: PictogramName }) {
  return (
    <svg class={`pictogram pictogram--${pictogram}`} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="17" />
      {pictogram === 'unknown' ? (
        <path d="M15 15 Q15 9 20 9 Q26 9 26 15 Q26 19 20 21 L20 25 M20 30 L20 31" />
      ) : (
        <>
          <path d="M14 15 L14 17 M26 15 L26 17" />
          <path d={MOUTHS[pictogram]} />
        </>
      )}
    </svg>
  );
}
