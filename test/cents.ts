/** Integer cents as a two-decimal amount string, without floating point ("1234" → "12.34"). */
export function centsToAmount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
