// Parses a server answer with a zod schema; a surprising answer becomes a TrueNASResponseError
// naming the method and the field, never a crash deeper in the provider.
import type { z } from 'zod';
import { TrueNASResponseError } from './errors.js';

export function parseResponse<S extends z.ZodType>(method: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const problem = issue.code === 'invalid_type' && value !== undefined ? issue.message.replace(/^Invalid input: /, '') : issue.message;
  throw new TrueNASResponseError(method, issue.path.map(String).join('.'), problem);
}
