// CPR numbers: DDMMYY-SSSS. The seventh digit and the year give the century (CPR-kontoret's
// table), so 290200-4xxx is a real date (2000) and 290200-1xxx is not (1900 was no leap year).
// No modulus-11 check: numbers issued since 2007 need not satisfy it.

export function centuryOf(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

export function isValidCprDate(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryOf(yy, Number(digits[6]));
  return isRealDate(year + yy, month, day);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
