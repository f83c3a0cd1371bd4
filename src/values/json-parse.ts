// A small JSON reader that keeps numbers as their source text, so that big integers and long
// decimals reach numberFromString unrounded (JSON.parse would round them through a double, and
// Node 20's revivers do not see the source text).

/** A JSON number exactly as written. */
export class JsonNumberText {
  constructor(readonly text: string) {}
}

export type JsonNode = null | boolean | string | JsonNumberText | JsonNode[] | Map<string, JsonNode>;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Parses JSON text; throws with the offset of the first problem (never the text itself). */
export function parseJsonExact(text: string): JsonNode {
  const reader = new JsonReader(text);
  const node = reader.value();
  reader.end();
  return node;
}

class JsonReader {
  private position = 0;

  constructor(private readonly text: string) {}

  value(): JsonNode {
    this.skipWhitespace();
    const char = this.text[this.position];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return new JsonNumberText(this.match(NUMBER, 'a number'));
    for (const [literal, node] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(literal, this.position)) {
        this.position += literal.length;
        return node;
      }
    }
    throw this.error('a JSON value');
  }

  end(): void {
    this.skipWhitespace();
    if (this.position !== this.text.length) throw this.error('the end of the JSON text');
  }

  private object(): Map<string, JsonNode> {
    const members = new Map<string, JsonNode>();
    this.position += 1;
    if (this.consume('}')) return members;
    do {
      this.skipWhitespace();
      const key = this.string();
      this.expect(':');
      members.set(key, this.value());
    } while (this.consume(','));
    this.expect('}');
    return members;
  }

  private array(): JsonNode[] {
    const elements: JsonNode[] = [];
    this.position += 1;
    if (this.consume(']')) return elements;
    do elements.push(this.value());
    while (this.consume(','));
    this.expect(']');
    return elements;
  }

  private string(): string {
    const start = this.position;
    if (this.text[start] !== '"') throw this.error('a string');
    let end = start + 1;
    while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === '\\' ? 2 : 1;
    if (end >= this.text.length) throw this.error('the end of the string');
    this.position = end + 1;
    // JSON.parse validates and decodes the escapes exactly; its own message would quote the text.
    try {
      return JSON.parse(this.text.slice(start, end + 1)) as string;
    } catch {
      this.position = start;
      throw this.error('a valid string');
    }
  }

  private match(pattern: RegExp, what: string): string {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (!found) throw this.error(what);
    this.position += found[0].length;
    return found[0];
  }

  private consume(char: string): boolean {
    this.skipWhitespace();
    if (this.text[this.position] !== char) return false;
    this.position += 1;
    return true;
  }

  private expect(char: string): void {
    if (!this.consume(char)) throw this.error(`"${char}"`);
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.position;
    WHITESPACE.exec(this.text);
    this.position = WHITESPACE.lastIndex;
  }

  private error(expected: string): SyntaxError {
    return new SyntaxError(`invalid JSON: expected ${expected} at offset ${this.position}`);
  }
}
