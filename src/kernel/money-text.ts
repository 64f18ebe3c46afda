// Money as it reads on screen, in history and in exports: 1,234.50 (yuan, two decimals).

/** The amount as text, or null when the value is not a number (shown as it came). */
export function moneyText(value: unknown): string | null {
  const amount = Number(value);
  return Number.isFinite(amount)
    ? amount.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : null;
}
