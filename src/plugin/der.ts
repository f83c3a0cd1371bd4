// The few DER encodings (ITU-T X.690) the AutoMTLS certificate needs, written out directly:
// its structure is fixed, so a general ASN.1 library (asn1js, which this replaced) only added
// its load and its object model to every provider start.

/** Tag, length (short or long form) and contents. */
function tlv(tag: number, contents: Uint8Array): Buffer {
  const length = contents.length;
  let header: number[];
  if (length < 0x80) header = [tag, length];
  else {
    const lengthBytes: number[] = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
    header = [tag, 0x80 | lengthBytes.length, ...lengthBytes];
  }
  return Buffer.concat([Uint8Array.from(header), contents]);
}

export const der = {
  sequence: (...elements: Uint8Array[]): Buffer => tlv(0x30, Buffer.concat(elements)),
  set: (...elements: Uint8Array[]): Buffer => tlv(0x31, Buffer.concat(elements)),
  /** Context-specific constructed tag [n] around `inner` (EXPLICIT). */
  explicit: (tagNumber: number, inner: Uint8Array): Buffer => tlv(0xa0 | tagNumber, inner),
  /** Context-specific primitive tag [n] replacing the contents' own (IMPLICIT). */
  implicit: (tagNumber: number, contents: Uint8Array): Buffer => tlv(0x80 | tagNumber, contents),
  boolean: (value: boolean): Buffer => tlv(0x01, Uint8Array.of(value ? 0xff : 0x00)),
  /** A small non-negative integer (one content byte). */
  smallInteger: (value: number): Buffer => tlv(0x02, Uint8Array.of(value)),
  /** An integer given as its big-endian two's-complement bytes. */
  integerBytes: (bytes: Uint8Array): Buffer => tlv(0x02, bytes),
  bitString: (bytes: Uint8Array, unusedBits = 0): Buffer => tlv(0x03, Buffer.concat([Uint8Array.of(unusedBits), bytes])),
  octetString: (bytes: Uint8Array): Buffer => tlv(0x04, bytes),
  utf8String: (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8')),
  objectIdentifier: (oid: string): Buffer => {
    const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
    const bytes: number[] = [];
    for (const arc of [first * 40 + second, ...rest]) {
      const base128 = [arc & 0x7f];
      for (let high = arc >>> 7; high > 0; high >>>= 7) base128.unshift(0x80 | (high & 0x7f));
      bytes.push(...base128);
    }
    return tlv(0x06, Uint8Array.from(bytes));
  },
  /** UTCTime `YYMMDDHHMMSSZ` (years 1950 to 2049, as RFC 5280 has certificates use it). */
  utcTime: (date: Date): Buffer => {
    const two = (n: number) => String(n).padStart(2, '0');
    const text = `${two(date.getUTCFullYear() % 100)}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
    return tlv(0x17, Buffer.from(text, 'ascii'));
  },
};
