import { copyBuiltProviders } from './workspace.js';
import { installReferenceProviders } from './reference/build.js';
import { profileReferences } from './reference/compare.js';
import { profileSection } from './reference/report.js';
import { join } from 'node:path';
const providers = copyBuiltProviders();
try {
  const dir = join(providers.root, 'profiles');
  await installReferenceProviders(providers.root, providers.mirrorDir, dir, console.log);
  process.env.BENCH_REFERENCE_RESOURCES = 'bench_dataset';
  const p = await profileReferences(providers, dir, Number(process.argv[2] ?? 40), 300000, console.log);
  console.log(profileSection(p).join('\n'));
} finally { providers.remove(); }
