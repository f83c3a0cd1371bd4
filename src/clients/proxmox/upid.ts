// UPIDs name PVE tasks: `UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:`.

export interface Upid {
  node: string;
  pid: number;
  pstart: number;
  starttime: number;
  type: string;
  id: string;
  user: string;
}

const UPID = /^UPID:([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?):([0-9A-F]{8}):([0-9A-F]{8,9}):([0-9A-F]{8}):([^:\s]+):([^:\s]*):([^:\s]+):$/;

/** Parses a UPID; undefined when the text is not one. */
export function parseUpid(text: string): Upid | undefined {
  const m = UPID.exec(text);
  if (!m) return undefined;
  return {
    node: m[1] ?? '',
    pid: parseInt(m[3] ?? '0', 16),
    pstart: parseInt(m[4] ?? '0', 16),
    starttime: parseInt(m[5] ?? '0', 16),
    type: m[6] ?? '',
    id: m[7] ?? '',
    user: m[8] ?? '',
  };
}

function hex(value: number, width: number): string {
  return value.toString(16).toUpperCase().padStart(width, '0');
}

/** Formats a UPID the way the server does (upper-case, zero-padded hex, trailing colon). */
export function formatUpid(upid: Upid): string {
  return `UPID:${upid.node}:${hex(upid.pid, 8)}:${hex(upid.pstart, 8)}:${hex(upid.starttime, 8)}:${upid.type}:${upid.id}:${upid.user}:`;
}
