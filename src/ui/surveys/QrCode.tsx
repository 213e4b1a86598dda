import { useEffect, useState } from 'preact/hooks';
import * as strings from '../strings';

/**
 * The largest QR version drawn: 137 modules a side (145 with the quiet zone), up to 1,732 bytes at the lowest
 * error correction. Printed 7.5 cm wide on a letter, a module is half a millimetre, which a phone's camera
 * still reads; a longer link makes the code too dense to scan. Every questionnaire's whole link fits
 * (tests/unit/domain/survey/link/link-payload.test.ts).
 */
export const MAX_READABLE_QR_VERSION = 30;

type Drawn = { status: 'loading' } | { status: 'drawn'; size: number; path: string } | { status: 'tooLong' };

/** The dark modules as one SVG path of unit squares: small to ship and sharp at any print size. */
function modulesPath(data: readonly (readonly boolean[])[]): string {
  return data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
}

/**
 * A QR code of the text, drawn by `uqr` (fetched with this component only: no other page carries it) at the
 * lowest error correction, which keeps a long link readable; too long for a readable code, it says so.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setDrawn({ status: 'loading' });
    void import('uqr').then(({ encode }) => {
      let next: Drawn;
      try {
        const qr = encode(text, { ecc: 'L', border: 4, maxVersion: MAX_READABLE_QR_VERSION });
        next = { status: 'drawn', size: qr.size, path: modulesPath(qr.data) };
      } catch {
        // uqr throws when the text does not fit the largest version allowed.
        next = { status: 'tooLong' };
      }
      if (current) setDrawn(next);
    });
    return () => {
      current = false;
    };
  }, [text]);

  if (drawn.status === 'loading') return <p role="status">{strings.surveyLink.qrLoading}</p>;
  if (drawn.status === 'tooLong') {
    return (
      <p role="alert" class="notice">
        {strings.surveyLink.qrTooLong}
      </p>
    );
  }
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
