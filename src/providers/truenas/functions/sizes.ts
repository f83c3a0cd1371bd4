// provider::truenas::parse_size("32G") and provider::truenas::format_size(34359738368).
import type { FunctionDefinition } from '../../../framework/function.js';
import { ty } from '../../../framework/type-spec.js';
import { formatSize, parseSize } from '../../../clients/common/sizes.js';
import { failOn } from '../../common/function-errors.js';

export const parseSizeFunction: FunctionDefinition = {
  name: 'parse_size',
  summary: 'Converts a size such as "32G" to bytes.',
  description:
    'Returns the number of bytes in a size written with a binary unit, as ZFS reads sizes: K = 1024, M = 1024², G = 1024³, T, P, E ("GiB" and "GB" mean the same as "G"). A plain number is bytes. Fractions are allowed when the result is a whole number of bytes ("1.5G").',
  parameters: [{ name: 'size', type: ty.string, description: 'The size, such as "32G", "512K" or "1.5T".' }],
  returns: ty.number,
  example: 'provider::truenas::parse_size("32G") # 34359738368',
  run: ([size]) => failOn(0, () => parseSize(String(size))),
};

export const formatSizeFunction: FunctionDefinition = {
  name: 'format_size',
  summary: 'Converts bytes to a size such as "32G".',
  description:
    'Returns the byte count in the largest binary unit that divides it exactly (K, M, G, T, P, E), so parse_size gives back the same number: 34359738368 is "32G", 1536 is "1536".',
  parameters: [{ name: 'bytes', type: ty.number, description: 'A whole, non-negative number of bytes.' }],
  returns: ty.string,
  example: 'provider::truenas::format_size(34359738368) # "32G"',
  run: ([bytes]) => failOn(0, () => formatSize(Number(bytes))),
};
