// errno numbers and the names the TrueNAS middleware gives them (Linux values plus the
// middleware's own 201–210). REST errors carry only the number, so the client names them here.

const errnoNames: Readonly<Record<number, string>> = {
  1: 'EPERM',
  2: 'ENOENT',
  5: 'EIO',
  11: 'EAGAIN',
  13: 'EACCES',
  14: 'EFAULT',
  16: 'EBUSY',
  17: 'EEXIST',
  20: 'ENOTDIR',
  22: 'EINVAL',
  28: 'ENOSPC',
  39: 'ENOTEMPTY',
  95: 'EOPNOTSUPP',
  109: 'ETOOMANYREFS',
  110: 'ETIMEDOUT',
  201: 'ENOMETHOD',
  202: 'ESERVICESTARTFAILURE',
  207: 'ENOTAUTHENTICATED',
  208: 'ESSLCERTVERIFICATIONERROR',
};

export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EAGAIN: 11,
  EACCES: 13,
  EFAULT: 14,
  EBUSY: 16,
  EEXIST: 17,
  EINVAL: 22,
  ENOTEMPTY: 39,
  EOPNOTSUPP: 95,
  ETOOMANYREFS: 109,
  ENOMETHOD: 201,
  ENOTAUTHENTICATED: 207,
} as const;

export function errnoName(errno: number): string {
  return errnoNames[errno] ?? 'EUNKNOWN';
}
