// Preloaded (`node -r`) by bench/callgrind-startup.sh: ends the process as soon as it writes its
// handshake line, so that callgrind counts a start from spawn to the handshake and nothing after.
'use strict';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest);
  if (String(chunk).startsWith('1|')) process.reallyExit(0);
  return written;
};
