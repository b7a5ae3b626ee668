// Money rounding: integer minor units only, half away from zero (1.5 → 2, −1.5 → −2), exact for any size of number.

/** numerator / denominator rounded half away from zero, computed on integers so no floating-point error creeps in. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

export function toMinorUnits(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError('Amount too large');
  return result;
}

/** A percentage in basis points (21% = 2100) of an amount, rounded half away from zero. */
export function percentOf(amount: number, basisPoints: number): number {
  return toMinorUnits(divideRounded(BigInt(amount) * BigInt(basisPoints), 10_000n));
}
