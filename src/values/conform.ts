// Checks that a JS value has the shape a cty type demands.
import type { CtyType, Value } from './types.js';

export interface ConformanceError {
  path: (string | number)[];
  message: string;
}

export function conformanceErrors(value: Value, type: CtyType): ConformanceError[] {
  void value;
  void type;
  throw new Error('conformanceErrors: not implemented yet');
}
