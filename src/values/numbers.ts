// Exact cty numbers.
import type { CtyNumber } from './types.js';

export function toJsNumber(n: CtyNumber): number {
  void n;
  throw new Error('toJsNumber: not implemented yet');
}

/** Builds a CtyNumber from a decimal string exactly. */
export function numberFromString(text: string): CtyNumber {
  void text;
  throw new Error('numberFromString: not implemented yet');
}
