// What go-plugin's host (terraform, OpenTofu) tells a plugin through the environment, and
// the checks a plugin makes before it serves: the magic cookie, a protocol version both
// sides speak, and (for AutoMTLS) the host's client certificate.

/** terraform's (and OpenTofu's) handshake cookie for provider plugins. */
export const magicCookieKey = 'TF_PLUGIN_MAGIC_COOKIE';
export const magicCookieValue = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** The only plugin protocol major version this server speaks (tfplugin6). */
export const pluginProtocolVersion = 6;

/** go-plugin's core protocol version, the first field of the handshake line. */
export const coreProtocolVersion = 1;

export interface PluginEnvironment {
  /** The host's client certificate (PEM); absent means the host wants plaintext. */
  clientCertificatePem?: string;
}

export type EnvironmentCheck =
  { ok: true; environment: PluginEnvironment } | { ok: false; problem: 'no-magic-cookie' | 'protocol-not-offered'; message: string };

/** PLUGIN_PROTOCOL_VERSIONS ("5,6" or "6,5": a Go map's random order) as a set. */
export function offeredProtocolVersions(value: string | undefined): Set<number> {
  const versions = (value ?? '').split(',').map((part) => Number.parseInt(part.trim(), 10));
  return new Set(versions.filter((version) => Number.isInteger(version)));
}

function notAPluginHostMessage(providerAddress: string): string {
  return [
    `This is the Terraform provider plugin ${providerAddress}.`,
    'It is not meant to be run directly: terraform (or tofu) starts it when a configuration',
    'uses the provider. Run `terraform init` and `terraform plan` in such a configuration,',
    'or start it with --debug to attach terraform to a running instance.',
    '',
  ].join('\n');
}

function protocolNotOfferedMessage(providerAddress: string, offered: string | undefined): string {
  return (
    `Provider ${providerAddress} speaks plugin protocol ${pluginProtocolVersion} only, but the host offered ` +
    `${offered ? `versions ${offered}` : 'no protocol versions'}: use Terraform 1.0 or newer, or OpenTofu.\n`
  );
}

/** Checks the environment a plugin host sets up before it starts a plugin. */
export function checkPluginEnvironment(env: NodeJS.ProcessEnv, providerAddress: string): EnvironmentCheck {
  if (env[magicCookieKey] !== magicCookieValue) {
    return { ok: false, problem: 'no-magic-cookie', message: notAPluginHostMessage(providerAddress) };
  }
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (!offeredProtocolVersions(offered).has(pluginProtocolVersion)) {
    return { ok: false, problem: 'protocol-not-offered', message: protocolNotOfferedMessage(providerAddress, offered) };
  }
  const certificate = env.PLUGIN_CLIENT_CERT?.trim();
  return { ok: true, environment: certificate ? { clientCertificatePem: `${certificate}\n` } : {} };
}
