/**
 * Whether eleven digits form a valid Belgian national register number (rijksregisternummer) or BIS number:
 * YYMMDD, a 3-digit sequence number and a 2-digit check. The check is 97 − (the first nine digits mod 97)
 * for people born before 2000, and the same with a "2" put before the nine digits for those born from 2000;
 * either may match, because the year's century is not written. The month may be 0 (birth date unknown) or,
 * for BIS numbers, raised by 20 or 40; the day may be 0. These rules keep random 11-digit strings out.
 */
export function isNationalRegisterNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const monthOffset = Number(digits.slice(2, 4)) - month;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || monthOffset > 40 || day > 31) return false;
  const base = BigInt(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const expected = (value: bigint): number => 97 - Number(value % 97n);
  return check === expected(base) || check === expected(2_000_000_000n + base);
}
