// Where the tests keep the single-executable archives they build (scripts/release.ts
// `seaCacheDir`): ca-file and release both need this build's, and each costs tens of CPU
// seconds, so the first file to need one builds it and the other takes it. Keyed by content,
// so a change of the sources or of Node makes a new one (replacing the old).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEA_CACHE_DIR = join(tmpdir(), `truemox-sea-cache-${process.getuid?.() ?? 'user'}`);
