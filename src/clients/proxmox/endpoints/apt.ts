// A node's APT repositories (`/nodes/{node}/apt/repositories`): the parsed sources files with
// their common digest, adding a standard repository by handle, enabling or disabling an entry.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { apiPath } from '../http.js';
import { flag, nullData } from '../schemas.js';
import type { EndpointContext } from './context.js';

const textList = lazySchema(() => z.array(z.string()).optional().default([]));

export const aptRepository = lazySchema(() =>
  z.looseObject({
    Types: textList,
    URIs: textList,
    Suites: textList,
    Components: textList,
    Comment: z.string().optional(),
    FileType: z.string().optional(),
    Enabled: flag,
  }),
);
export const aptFile = lazySchema(() =>
  z.looseObject({
    path: z.string(),
    'file-type': z.string().optional(),
    repositories: z.array(aptRepository).default([]),
  }),
);
export const aptStandardRepo = lazySchema(() => z.looseObject({ handle: z.string(), name: z.string().optional(), status: flag.optional() }));
export const aptRepositories = lazySchema(() =>
  z.looseObject({
    files: z.array(aptFile).default([]),
    errors: z.array(z.looseObject({ path: z.string(), error: z.string() })).default([]),
    digest: z.string(),
    'standard-repos': z.array(aptStandardRepo).default([]),
  }),
);

export type AptRepository = z.infer<typeof aptRepository>;
export type AptFile = z.infer<typeof aptFile>;
export type AptRepositories = z.infer<typeof aptRepositories>;

/**
 * Every change carries the digest of a listing read just before it, so a file changed by
 * someone else is not overwritten. Changes to one node run one at a time: the digest covers all
 * of the node's files, and parallel changes (several resources in one apply) would refuse each
 * other.
 */
export class AptApi {
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(private readonly ctx: EndpointContext) {}

  /** Every parsed repository file, the standard repositories' status and the digest to change them with. */
  repositories(node: string): Promise<AptRepositories> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/apt/repositories`, {}, aptRepositories);
  }

  /** Adds the standard repository, or enables its entry when one exists. */
  addStandard(node: string, handle: string): Promise<void> {
    return this.#serialized(node, async () => {
      const { digest } = await this.repositories(node);
      await this.ctx.http.call('PUT', apiPath`/nodes/${node}/apt/repositories`, { handle, digest }, nullData);
    });
  }

  /** Enables or disables the entry at `index` (from 0) of the file at `path`; false when there is no such entry. */
  setEnabled(node: string, path: string, index: number, enabled: boolean): Promise<boolean> {
    return this.#serialized(node, async () => {
      const listing = await this.repositories(node);
      if (listing.files.find((file) => file.path === path)?.repositories[index] === undefined) return false;
      await this.ctx.http.call('POST', apiPath`/nodes/${node}/apt/repositories`, { path, index, enabled, digest: listing.digest }, nullData);
      return true;
    });
  }

  #serialized<T>(node: string, change: () => Promise<T>): Promise<T> {
    const next = (this.#queues.get(node) ?? Promise.resolve()).then(change);
    this.#queues.set(
      node,
      next.catch(() => undefined),
    );
    return next;
  }
}
