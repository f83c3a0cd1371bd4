// Read access to a configuration, state or plan object whose values may still be unknown
// (at validate and plan time), for validation and plan hooks.
import { isUnknown, type Value } from '../values/types.js';
import { toJsNumber } from '../values/numbers.js';
import { getAttr, isCtyNumber } from './values-util.js';

export class ObjectView {
  constructor(readonly value: Value) {}

  /** The raw value: may be null or unknown. */
  get(name: string): Value {
    return getAttr(this.value, name);
  }

  isNull(name: string): boolean {
    return this.get(name) === null;
  }

  isKnown(name: string): boolean {
    return !isUnknown(this.get(name));
  }

  /** The string value, or undefined when null or unknown. */
  string(name: string): string | undefined {
    const v = this.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  /** The number value, or undefined when null or unknown. */
  number(name: string): number | undefined {
    const v = this.get(name);
    return isCtyNumber(v) ? toJsNumber(v) : undefined;
  }

  /** The bool value, or undefined when null or unknown. */
  bool(name: string): boolean | undefined {
    const v = this.get(name);
    return typeof v === 'boolean' ? v : undefined;
  }
}
