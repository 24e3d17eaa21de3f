/**
 * The sum of money amounts (at most four fraction digits, as the sales context keeps them), added in
 * whole ten-thousandths so that 0.1 + 0.2 is 0.3 and a year of orders does not come out as
 * 238539.24000000002. Exact while the total stays under 900 billion.
 */
export function sumOfAmounts(amounts: Iterable<number>): number {
  let units = 0;
  for (const amount of amounts) units += Math.round(amount * 10_000);
  return units / 10_000;
}
