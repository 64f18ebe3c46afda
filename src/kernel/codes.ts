// Check characters of national identifiers: GB 11643 ID numbers and GB 32100 credit codes.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** GB 11643-1999: 17 digits, a real birth date, and the ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(text: string): boolean {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  const birth = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return false;
  if (date.getUTCFullYear() < 1900) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(text[i]), 0);
  return ID_CHECK[sum % 11] === text[17];
}

/** Computes the check character for 17 leading digits (used by demo data). */
export function idNumberCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return ID_CHECK[sum % 11] ?? "";
}

const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: 18 characters of the 31-character set with a MOD 31 check character. */
export function isValidCreditCode(text: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(text)) return false;
  return creditCodeCheckCharacter(text.slice(0, 17)) === text[17];
}

export function creditCodeCheckCharacter(first17: string): string {
  const sum = CREDIT_WEIGHTS.reduce(
    (total, weight, i) => total + weight * CREDIT_CHARSET.indexOf(first17[i] ?? ""),
    0,
  );
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARSET[check] ?? "";
}

/** Mainland mobile (1 + 10 digits) or landline with area code (0xxx-xxxxxxx[x]). */
export function isValidPhone(text: string): boolean {
  return /^1[3-9]\d{9}$/.test(text) || /^0\d{2,3}-?\d{7,8}$/.test(text);
}

/** 141081199001011234 → 141081********1234; 13812345678 → 138****5678. */
export function maskIdentifier(text: string): string {
  if (text.length === 18) return `${text.slice(0, 6)}********${text.slice(14)}`;
  if (text.length === 11) return `${text.slice(0, 3)}****${text.slice(7)}`;
  return text.length > 4 ? `${"*".repeat(text.length - 4)}${text.slice(-4)}` : "****";
}
