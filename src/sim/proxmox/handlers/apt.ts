// A node's APT repositories (pve-manager PVE/API2/APT.pm `repositories`, `add_repository`,
// `change_repository`, which call proxmox-perl-rs `Proxmox::RS::APT::Repositories` and so the
// proxmox-apt crate): list the parsed files with a common digest, add a standard repository by
// handle, enable or disable an entry by file and index.
import { isStandardEntry, STANDARD_REPOSITORIES, standardRepository } from '../../../clients/proxmox/apt-standard-repos.js';
import { aptCommonDigest, aptFileDigest, PROXMOX_KEYRING, RELEASE_CODENAME, type SimAptFile, type SimAptRepository } from '../apt-state.js';
import { flagParam, requireNode, unknownNode, type RequestContext, type Routes } from '../engine.js';
import { die } from '../pve-error.js';

function filesOf(ctx: RequestContext): SimAptFile[] {
  const node = requireNode(ctx);
  const settings = ctx.engine.state.settings.get(node);
  if (!settings) throw unknownNode(node);
  return settings.apt;
}

/** `ConfigDigest::detect_modification`. */
function assertDigest(given: string | undefined, files: readonly SimAptFile[]): void {
  if (given !== undefined && given !== aptCommonDigest(files)) throw die('detected modified configuration - file changed by other user? Try again.');
}

function repositoryJson(repo: SimAptRepository, fileType: SimAptFile['fileType']): Record<string, unknown> {
  return {
    Types: repo.types,
    URIs: repo.uris,
    Suites: repo.suites,
    Components: repo.components,
    Options: repo.options.map((o) => ({ Key: o.key, Values: o.values })),
    Comment: repo.comment,
    FileType: fileType,
    Enabled: repo.enabled,
  };
}

/** The `origin` infos proxmox-apt adds for every entry whose host it knows. */
function originInfos(files: readonly SimAptFile[]): Array<Record<string, string>> {
  return files.flatMap((file) =>
    file.repositories.flatMap((repo, index) => {
      const origin = repo.uris.some((u) => u.includes('proxmox.com')) ? 'Proxmox' : repo.uris.some((u) => u.includes('debian.org')) ? 'Debian' : undefined;
      return origin === undefined ? [] : [{ path: file.path, index: String(index), kind: 'origin', property: 'URIs', message: origin }];
    }),
  );
}

/**
 * Each standard repository, with `status` when an entry references it: 1 when any referencing
 * entry is enabled, else 0 (proxmox-apt `standard_repositories`, repositories/mod.rs @455b6499).
 */
function standardRepos(files: readonly SimAptFile[]): Array<Record<string, string | number>> {
  return STANDARD_REPOSITORIES.map((standard) => {
    const entries = files.flatMap((file) => file.repositories).filter((repo) => isStandardEntry(standard, repo, RELEASE_CODENAME));
    return { handle: standard.handle, name: standard.name, ...(entries.length > 0 ? { status: entries.some((repo) => repo.enabled) ? 1 : 0 } : {}) };
  });
}

function repositories(ctx: RequestContext): Record<string, unknown> {
  const files = filesOf(ctx);
  return {
    files: files.map((file) => ({
      path: file.path,
      'file-type': file.fileType,
      digest: [...aptFileDigest(file)],
      repositories: file.repositories.map((repo) => repositoryJson(repo, file.fileType)),
    })),
    errors: [],
    digest: aptCommonDigest(files),
    infos: originInfos(files),
    'standard-repos': standardRepos(files),
  };
}

/** Ceph handles' URIs and components do not depend on the product. */
const PRODUCT_INDEPENDENT = /^ceph-/;

/**
 * proxmox-apt `add_repository_handle` (src/api.rs @455b6499): an existing entry is enabled;
 * otherwise a new one is appended to the handle's file (created when missing). The search for an
 * existing entry passes the product "pbs" instead of the caller's (fixed only by 8f199882, 2026),
 * so on 9.1 it finds Ceph entries but never Proxmox VE's own: those handles always append.
 */
function addRepository(ctx: RequestContext): null {
  const files = filesOf(ctx);
  assertDigest(ctx.params.digest, files);
  const handle = ctx.params.handle ?? '';
  const standard = standardRepository(handle);
  // Deserialising `APTRepositoryHandle` (no enum-fallback in pve-rs) refuses other names.
  if (!standard) throw die(`unknown variant \`${handle}\`, expected one of ${STANDARD_REPOSITORIES.map((r) => `\`${r.handle}\``).join(', ')}`);
  const existing = PRODUCT_INDEPENDENT.test(handle)
    ? files.flatMap((file) => file.repositories).find((repo) => isStandardEntry(standard, repo, RELEASE_CODENAME))
    : undefined;
  if (existing) {
    existing.enabled = true;
    return null;
  }
  let file = files.find((f) => f.path === standard.path);
  if (!file) {
    file = { path: standard.path, fileType: 'sources', repositories: [] };
    files.push(file);
  }
  file.repositories.push({
    types: ['deb'],
    uris: [standard.uris[0] ?? ''],
    suites: [RELEASE_CODENAME],
    components: [standard.component],
    options: [{ key: 'Signed-By', values: [PROXMOX_KEYRING] }],
    comment: '',
    enabled: true,
  });
  return null;
}

function changeRepository(ctx: RequestContext): null {
  const files = filesOf(ctx);
  assertDigest(ctx.params.digest, files);
  const path = ctx.params.path ?? '';
  const index = Number(ctx.params.index);
  const file = files.find((f) => f.path === path);
  if (!file) throw die(`invalid path - ${path}`);
  const repo = file.repositories[index];
  if (!repo) throw die(`invalid index - ${index}`);
  const enabled = flagParam(ctx.params, 'enabled');
  if (enabled !== undefined) repo.enabled = enabled;
  return null;
}

export const aptRoutes: Routes = {
  'GET /nodes/{node}/apt/repositories': repositories,
  'PUT /nodes/{node}/apt/repositories': addRepository,
  'POST /nodes/{node}/apt/repositories': changeRepository,
};
