// The TrueNAS releases whose API schema the project carries, and which one a simulated
// version validates against.
import { versionAtLeast } from '../version.js';

/** The releases of the API dumps in ../shared/api, by the file name part. */
export const TRUENAS_RELEASES = ['25.04.2.6', '25.10.6', '26.0.0-beta3'] as const;
export type TrueNASRelease = (typeof TRUENAS_RELEASES)[number];

/**
 * The release whose schema a simulated version answers with. 24.10 has no dump (its API is
 * the legacy one); it borrows 25.04's, the nearest (see docs/simulators.md, "Not modelled").
 */
export function releaseFor(version: string): TrueNASRelease {
  if (versionAtLeast(version, '26')) return '26.0.0-beta3';
  if (versionAtLeast(version, '25.10')) return '25.10.6';
  return '25.04.2.6';
}

export const subsetFileName = (release: TrueNASRelease): string => `truenas-${release}-subset.json`;
