// Files on a storage (ISO images, container templates, disk images to import, snippets): the
// names the server accepts per content type and the volume ids they become. The server's
// rules: pve-storage src/PVE/API2/Storage/Status.pm (upload, download_url) and
// src/PVE/Storage.pm ($ISO_EXT_RE_0, $VZTMPL_EXT_RE_1, $UPLOAD_IMPORT_EXT_RE_1,
// normalize_content_filename); snippets: Plugin.pm (`snippets/<name>`).

export const FILE_CONTENT_TYPES = ['iso', 'vztmpl', 'import', 'snippets'] as const;
/** Every content type a storage lists volumes of (pve-storage src/PVE/Storage.pm `volume_list`). */
export const VOLUME_CONTENT_TYPES = ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import'] as const;
export type FileContent = (typeof FILE_CONTENT_TYPES)[number];

const EXTENSIONS: Record<FileContent, { pattern: RegExp; what: string }> = {
  iso: { pattern: /\.(?:iso|img)$/i, what: 'end in .iso or .img' },
  vztmpl: { pattern: /\.(?:tar|tar\.(?:gz|xz|zst|bz2))$/i, what: 'end in .tar, .tar.gz, .tar.xz, .tar.zst or .tar.bz2' },
  import: { pattern: /\.(?:ova|qcow2|raw|vmdk)$/, what: 'end in .ova, .qcow2, .raw or .vmdk' },
  snippets: { pattern: /./, what: 'not be empty' },
};

/** Why the server would refuse or rename a file of `content` called `name`; undefined when it keeps it as is. */
export function fileNameProblem(content: FileContent, name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return 'must be 1 to 255 characters long';
  // The server rewrites other characters to "_" (normalize_content_filename): the volume id would differ.
  if (!/^[a-zA-Z0-9_.-]+$/.test(name))
    return `may only hold letters, digits, "_", "." and "-" (Proxmox would store it as "${name.replace(/[^a-zA-Z0-9_.-]/g, '_')}")`;
  if (name === '.' || name === '..') return 'must name a file';
  const { pattern, what } = EXTENSIONS[content];
  return pattern.test(name) ? undefined : `must ${what} for content "${content}"`;
}

/** `STORAGE:iso/NAME`, `STORAGE:vztmpl/NAME`, `STORAGE:import/NAME`, `STORAGE:snippets/NAME`. */
export function fileVolumeId(storage: string, content: FileContent, name: string): string {
  return `${storage}:${content}/${name}`;
}

/** The parts of a file's volume id, undefined when it is not one. */
export function parseFileVolumeId(volumeId: string): { storage: string; content: FileContent; name: string } | undefined {
  const match = /^([^:]+):(iso|vztmpl|import|snippets)\/([^/]+)$/.exec(volumeId);
  if (!match) return undefined;
  return { storage: match[1] ?? '', content: match[2] as FileContent, name: match[3] ?? '' };
}

/** The import id `NODE/VOLUME_ID` of a file resource. */
export function parseFileImportId(id: string): { node: string; storage: string; content: FileContent; name: string } | undefined {
  const slash = id.indexOf('/');
  const parsed = slash > 0 ? parseFileVolumeId(id.slice(slash + 1)) : undefined;
  return parsed === undefined ? undefined : { node: id.slice(0, slash), ...parsed };
}

/** The last path segment of a URL, decoded; what a download is called unless told otherwise. */
export function urlFileName(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const segment = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
}
