// Dates as official documents write them: 2024年1月19日 (GB/T 9704-2012 7.3.5.1, Arabic numerals,
// no leading zeros).
export function chineseDate(iso: string): string {
  const [year = "", month = "", day = ""] = iso.split("-");
  return `${year}年${String(Number(month))}月${String(Number(day))}日`;
}
