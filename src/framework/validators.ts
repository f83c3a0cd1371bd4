// Attribute validators: run on known, non-null configuration values at validate time, so a bad
// input fails before any API call, with a diagnostic that names the attribute.
import { isIP } from 'node:net';
import type { Value } from '../values/types.js';
import { toJsNumber } from '../values/numbers.js';
import { isCtyNumber } from './values-util.js';

/**
 * A check of one attribute's value. `T` is the kind of value it is made for (string, number, …):
 * `attr.string({ validators })` accepts only validators of strings (or of any value), so a
 * number range on a string attribute does not compile. At run time it sees the raw value.
 */
export interface Validator<T = unknown> {
  /** What the validator requires, in words ("one of lz4, zstd, off"); used in docs. */
  readonly description: string;
  /** Returns an error message for a bad value, or undefined when the value is acceptable. */
  validate(value: Value): string | undefined;
  /** Phantom: never set; makes Validator<number> unusable where Validator<string> is wanted. */
  readonly __checks?: (value: T) => void;
}

/** A validator of any kind, as an attribute's schema stores it. */
export type AnyValidator = Validator<never>;

function numberOf(value: Value): number | undefined {
  return isCtyNumber(value) ? toJsNumber(value) : undefined;
}

export const validators = {
  oneOf(...allowed: readonly string[]): Validator<string> {
    return {
      description: `one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
      validate: (value) =>
        typeof value === 'string' && !allowed.includes(value) ? `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${value}"` : undefined,
    };
  },
  matches(pattern: RegExp, explanation: string): Validator<string> {
    return {
      description: explanation,
      validate: (value) => (typeof value === 'string' && !pattern.test(value) ? `${explanation}, got "${value}"` : undefined),
    };
  },
  /** Text matching `pattern`, described as what it must be: docs read "Must be <what>.", errors '"name" must be <what>, got "…"'. */
  textMatching(pattern: RegExp, what: string): Validator<string> {
    return {
      description: what,
      validate: (value) => (typeof value === 'string' && !pattern.test(value) ? `must be ${what}, got "${value}"` : undefined),
    };
  },
  lengthBetween(min: number, max: number): Validator<string> {
    return {
      description: `between ${min} and ${max} characters long`,
      validate: (value) =>
        typeof value === 'string' && (value.length < min || value.length > max)
          ? `must be between ${min} and ${max} characters long, got ${value.length}`
          : undefined,
    };
  },
  between(min: number, max: number): Validator<number> {
    return {
      description: `between ${min} and ${max}`,
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && (n < min || n > max) ? `must be between ${min} and ${max}, got ${n}` : undefined;
      },
    };
  },
  atLeast(min: number): Validator<number> {
    return {
      description: `at least ${min}`,
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && n < min ? `must be at least ${min}, got ${n}` : undefined;
      },
    };
  },
  integer(): Validator<number> {
    return {
      description: 'a whole number',
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && !Number.isInteger(n) ? `must be a whole number, got ${n}` : undefined;
      },
    };
  },
  /** Any check written inline: return a message for a bad value. */
  custom<T = unknown>(description: string, check: (value: Value) => string | undefined): Validator<T> {
    return { description, validate: check };
  },
  /** An IP address of `family` (4, 6, or either), checked by node:net's parser. */
  ipAddress(family: IpFamily = 'any'): Validator {
    return textCheck(`an ${familyName(family)} address`, (text) => ipAddressProblem(text, family));
  },
  /**
   * A network in CIDR notation (`192.168.1.0/24`, `fd00::/64`), the prefix within the family's
   * range; with `addressAlone`, a bare address too (servers that read it as a single host).
   */
  cidr(family: IpFamily = 'any', options: { addressAlone?: boolean } = {}): Validator {
    const what = `an ${familyName(family)} network in CIDR notation, such as ${family === 6 ? '"fd00::/64"' : '"192.168.1.0/24"'}`;
    return textCheck(options.addressAlone ? `${what}, or an address alone` : what, (text) =>
      options.addressAlone && !text.includes('/') ? ipAddressProblem(text, family) : cidrProblem(text, family),
    );
  },
  /** A MAC address `XX:XX:XX:XX:XX:XX`; `unicast` refuses group addresses (lowest bit of the first octet set), as guest NICs must be. */
  macAddress(options: { unicast?: boolean } = {}): Validator {
    return textCheck('a MAC address such as "BC:24:11:00:00:01"', (text) => macProblem(text, options.unicast ?? false));
  },
  /** An absolute URL with one of `schemes` (without "://"), such as https://nas.lan. */
  url(schemes: readonly string[]): Validator {
    return textCheck(`a URL starting with ${schemeList(schemes)}`, (text) => urlProblem(text, schemes));
  },
  /** `validator` applied to each element of a list or set, naming the bad element. */
  each(validator: AnyValidator): Validator {
    return {
      description: `each ${validator.description}`,
      validate: (value) => {
        if (!Array.isArray(value)) return undefined;
        for (const [index, element] of value.entries()) {
          const message = validator.validate(element as Value);
          if (message !== undefined) return `element ${index + 1} ${message}`;
        }
        return undefined;
      },
    };
  },
};

export type IpFamily = 4 | 6 | 'any';

function familyName(family: IpFamily): string {
  return family === 'any' ? 'IPv4 or IPv6' : `IPv${family}`;
}

function textCheck(description: string, problem: (text: string) => string | undefined): Validator {
  return { description, validate: (value) => (typeof value === 'string' ? problem(value) : undefined) };
}

/** Why `text` is no IP address of `family`, or undefined when it is one. */
export function ipAddressProblem(text: string, family: IpFamily = 'any'): string | undefined {
  const found = isIP(text);
  if (found !== 0 && (family === 'any' || found === family)) return undefined;
  return `must be an ${familyName(family)} address, got "${text}"`;
}

/** Why `text` is no network in CIDR notation of `family`, or undefined when it is one. */
export function cidrProblem(text: string, family: IpFamily = 'any'): string | undefined {
  const slash = text.lastIndexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefix = slash < 0 ? '' : text.slice(slash + 1);
  const found = isIP(address);
  if (found === 0 || (family !== 'any' && found !== family)) {
    return `must be an ${familyName(family)} network in CIDR notation such as ${found === 6 || family === 6 ? '"fd00::/64"' : '"192.168.1.0/24"'}, got "${text}"`;
  }
  const maxPrefix = found === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > maxPrefix) {
    return `must be an address with a prefix length from 0 to ${maxPrefix} (such as "${address}/${found === 4 ? 24 : 64}"), got "${text}"`;
  }
  return undefined;
}

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

function macProblem(text: string, unicast: boolean): string | undefined {
  if (!MAC.test(text)) return `must be a MAC address such as "BC:24:11:00:00:01", got "${text}"`;
  if (unicast && (parseInt(text.slice(0, 2), 16) & 1) === 1) return `must be a unicast MAC address (the first octet even), got "${text}"`;
  return undefined;
}

function schemeList(schemes: readonly string[]): string {
  const names = schemes.map((scheme) => `${scheme}://`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Why `text` is no absolute URL with one of `schemes`, or undefined when it is one. */
export function urlProblem(text: string, schemes: readonly string[]): string | undefined {
  // Without "scheme://", "nas.lan:8080" would parse as a URL of scheme "nas.lan".
  const parsed = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) && URL.canParse(text) ? new URL(text) : undefined;
  if (!parsed || !schemes.includes(parsed.protocol.slice(0, -1)) || parsed.hostname === '') {
    const example = `${schemes[0] ?? 'https'}://${/^[\w.-]+(:\d+)?$/.test(text) ? text : 'nas.lan'}`;
    return `must be a URL starting with ${schemeList(schemes)}, such as "${example}", got "${text}"`;
  }
  return undefined;
}
