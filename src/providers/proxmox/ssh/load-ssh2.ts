// ssh2 is CommonJS: under Node's ES module loader its exports sit on `default`, in a bundle
// they may sit on the namespace itself. Imported on first use only (provider start-up).
type Ssh2 = typeof import('ssh2');

export async function loadSsh2(): Promise<Ssh2> {
  const namespace: Ssh2 & { default?: Ssh2 } = await import('ssh2');
  return namespace.default ?? namespace;
}
