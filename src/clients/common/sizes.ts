// Sizes as people write them ("32G", "1.5T", "512K") and as the APIs take them (bytes): the one
// size parser of both providers. Units are binary, as ZFS and Proxmox read them: K = 1024,
// G = 1024^3; "GiB" and "GB" mean the same.

const UNITS = ['B', 'K', 'M', 'G', 'T', 'P', 'E'] as const;
const SIZE_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*(?:([KMGTPE])(?:I?B)?|B)?\s*$/i;

/** Bytes in "32G"; throws a message that says what is wrong with the text. */
export function parseSize(text: string): number {
  const match = SIZE_PATTERN.exec(text);
  if (!match) {
    throw new Error(`"${text}" is not a size: use a number of bytes or a number with a unit K, M, G, T, P or E (binary, such as "32G" or "1.5T")`);
  }
  const unit = (match[2] ?? 'B').toUpperCase();
  const bytes = Number(match[1]) * 1024 ** UNITS.indexOf(unit as (typeof UNITS)[number]);
  if (!Number.isInteger(bytes)) throw new Error(`"${text}" is not a whole number of bytes (${bytes})`);
  if (!Number.isSafeInteger(bytes)) throw new Error(`"${text}" is too large`);
  return bytes;
}

/** The exact spelling in the largest unit that divides it: 34359738368 → "32G", 1536 → "1536" (never rounded). */
export function formatSize(bytes: number): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`${bytes} is not a whole, non-negative number of bytes`);
  let unit = 0;
  let value = bytes;
  while (value !== 0 && value % 1024 === 0 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? String(value) : `${value}${UNITS[unit]}`;
}

/** True when two size spellings mean the same number of bytes ("16K" and "16384"). */
export function sameSize(a: string, b: string): boolean {
  const bytes = sizeOrUndefined(a);
  return bytes !== undefined && bytes === sizeOrUndefined(b);
}

/** Bytes in a size text, or undefined when it is not one (for comparisons, not for errors). */
export function sizeOrUndefined(text: string): number | undefined {
  try {
    return parseSize(text);
  } catch {
    return undefined;
  }
}
