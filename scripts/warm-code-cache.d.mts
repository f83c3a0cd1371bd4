/** Starts `executable` once as terraform does, and resolves once its code cache for `provider` is written into `distDir`. */
export function warmProviderCodeCache(provider: string, executable: URL, distDir: URL): Promise<void>;
