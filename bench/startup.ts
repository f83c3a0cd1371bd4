// Start-up: from spawning a provider executable as terraform does to its handshake line,
// beside `node -e 0` (the floor for any Node program) and a bare Node.js HTTP/2 TLS server
// (the floor for any Node.js plugin server) measured in the same run. The providers
// start through the code-cached CommonJS bundle; the same provider from the plain ES module
// bundle is measured too, to show what the cache saves.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTlsIdentity } from '../src/plugin/auto-mtls.js';
import { magicCookieKey, magicCookieValue } from '../src/plugin/environment.js';
import { round, summarize, type Summary } from './stats.js';

/** The provider executables as terraform starts them, beside `node -e 0`, in one environment. */
export interface StartupFigures {
  readonly nodeFloorMs: Summary;
  readonly providers: Record<string, Summary>;
  /** Median provider start-up over the median `node -e 0`. */
  readonly ratio: Record<string, number>;
}

export interface StartupResult extends StartupFigures {
  readonly runs: number;
  /** bench/bare-plugin-server.cjs: Node's http2 and tls serving on a unix socket, nothing else. */
  readonly barePluginServerMs: Summary;
  readonly barePluginServerRatio: number;
  /** The truenas provider from the ES module bundle, without the code cache. */
  readonly esModuleBundleMs: Summary;
  readonly esModuleBundleRatio: number;
  /**
   * When this machine sets NODE_EXTRA_CA_CERTS (which Node reads, with its own bundled root
   * certificates, at the start of every process): the same once more without it, as on most
   * machines, and as terraform starts the providers in the scale runs (bench/workspace.ts).
   */
  readonly withoutExtraCaCerts?: StartupFigures & { readonly file: string };
}

function timeUntil(args: readonly string[], env: NodeJS.ProcessEnv, done: 'exit' | 'first-line'): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    child.on('error', reject);
    if (done === 'exit') {
      child.on('exit', () => resolve(elapsed()));
      return;
    }
    let out = '';
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before its handshake`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) {
        const ms = elapsed();
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        if (/^1\|6\|unix\|/.test(out)) resolve(ms);
        else reject(new Error(`unexpected handshake: ${out}`));
      }
    });
  });
}

/** Environment as terraform sets it for a provider it starts (AutoMTLS on), and a ready identity for the bare server. */
async function pluginEnvironment(): Promise<NodeJS.ProcessEnv> {
  const [client, bare] = await Promise.all([createTlsIdentity(), createTlsIdentity()]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [magicCookieKey]: magicCookieValue,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_CLIENT_CERT: client.certificatePem,
    BARE_KEY_PEM: bare.privateKeyPem,
    BARE_CERT_PEM: bare.certificatePem,
  };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  return env;
}

/** Start-up of the providers in `providerRoot` (a copy of bin/ and dist/). */
export async function measureStartup(runs: number, providerRoot: string): Promise<StartupResult> {
  const env = await pluginEnvironment();
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
  const { NODE_EXTRA_CA_CERTS: _, ...envWithoutExtraCa } = env;
  const truenasArgs = [join(providerRoot, 'bin', 'terraform-provider-truenas.cjs')];
  const proxmoxArgs = [join(providerRoot, 'bin', 'terraform-provider-proxmox.cjs')];
  const programs: Record<string, { args: string[]; done: 'exit' | 'first-line'; env?: NodeJS.ProcessEnv }> = {
    floor: { args: ['-e', '0'], done: 'exit' },
    bare: { args: [fileURLToPath(new URL('./bare-plugin-server.cjs', import.meta.url))], done: 'first-line' },
    truenas: { args: truenasArgs, done: 'first-line' },
    proxmox: { args: proxmoxArgs, done: 'first-line' },
    esModules: {
      args: [
        '--input-type=module',
        '-e',
        `import { runProvider } from ${JSON.stringify(join(providerRoot, 'dist', 'provider.js'))}; await runProvider('truenas', []);`,
      ],
      done: 'first-line',
    },
    ...(extraCaCerts
      ? {
          floorNoExtraCa: { args: ['-e', '0'], done: 'exit' as const, env: envWithoutExtraCa },
          truenasNoExtraCa: { args: truenasArgs, done: 'first-line' as const, env: envWithoutExtraCa },
          proxmoxNoExtraCa: { args: proxmoxArgs, done: 'first-line' as const, env: envWithoutExtraCa },
        }
      : {}),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(programs).map((name) => [name, []]));
  // Interleaved, so that machine noise falls on all of them alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, program] of Object.entries(programs)) samples[name]!.push(await timeUntil(program.args, program.env ?? env, program.done));
  }
  const figures = (suffix: string): StartupFigures => {
    const nodeFloorMs = summarize(samples[`floor${suffix}`]!);
    const providers = { truenas: summarize(samples[`truenas${suffix}`]!), proxmox: summarize(samples[`proxmox${suffix}`]!) };
    const ratio = Object.fromEntries(Object.entries(providers).map(([name, s]) => [name, round(s.median / nodeFloorMs.median)]));
    return { nodeFloorMs, providers, ratio };
  };
  const esModuleBundleMs = summarize(samples.esModules!);
  const barePluginServerMs = summarize(samples.bare!);
  const main = figures('');
  const result = {
    runs,
    ...main,
    barePluginServerMs,
    barePluginServerRatio: round(barePluginServerMs.median / main.nodeFloorMs.median),
    esModuleBundleMs,
    esModuleBundleRatio: round(esModuleBundleMs.median / main.nodeFloorMs.median),
  };
  return extraCaCerts ? { ...result, withoutExtraCaCerts: { file: extraCaCerts, ...figures('NoExtraCa') } } : result;
}
