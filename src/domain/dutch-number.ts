/**
 * A number as Flemish readers write it, rounded to at most `maximumFractionDigits` decimals: `2,5`, `1.250`. The
 * text of `Intl.NumberFormat('nl-BE')`, written out because a page's first `Intl` formatter loads the locale's
 * data (13 ms in the consensus view's first render on this machine). Rounded as Intl rounds: a half away from
 * zero, in the number's shortest decimal form (1.0005, not the 1.000499… the computer holds).
 */
export function formatDecimal(value: number, maximumFractionDigits = 3): string {
  // Shifting the decimal form's point is exact; a value written with an exponent (below 10⁻⁶) rounds to 0.
  const shifted = Math.round(Number(`${Math.abs(value)}e${maximumFractionDigits}`)) || 0;
  const digits = String(shifted).padStart(maximumFractionDigits + 1, '0');
  const point = digits.length - maximumFractionDigits;
  const grouped = digits.slice(0, point).replace(/\B(?=(\d{3})+$)/g, '.');
  const decimals = digits.slice(point).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
