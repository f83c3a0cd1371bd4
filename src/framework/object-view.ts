// Read access to a configuration, state or plan object whose values may still be unknown
// (at validate and plan time), for validation and plan hooks.
import { isUnknown, type Value } from '../values/types.js';
import { toJsNumber } from '../values/numbers.js';
import { getAttr, isCtyNumber } from './values-util.js';

/** `K` names the attributes that can be read: a resource's hooks see only its own attribute names. */
export class ObjectView<K extends string = string> {
  constructor(readonly value: Value) {}

  /** The raw value: may be null or unknown. */
  get(name: K): Value {
    return getAttr(this.value, name);
  }

  isNull(name: K): boolean {
    return this.get(name) === null;
  }

  isKnown(name: K): boolean {
    return !isUnknown(this.get(name));
  }

  /** The string value, or undefined when null or unknown. */
  string(name: K): string | undefined {
    const v = this.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  /** The number value, or undefined when null or unknown. */
  number(name: K): number | undefined {
    const v = this.get(name);
    return isCtyNumber(v) ? toJsNumber(v) : undefined;
  }

  /** The bool value, or undefined when null or unknown. */
  bool(name: K): boolean | undefined {
    const v = this.get(name);
    return typeof v === 'boolean' ? v : undefined;
  }
}
