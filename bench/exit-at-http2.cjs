// Preloaded (`node -r`) by bench/callgrind-startup.sh for a provider's `NAME@http2` stage: ends the
// process when it first loads node:http2, which is where grpc-js's load begins; the provider
// definition and the framework are evaluated by then.
'use strict';
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'node:http2' || request === 'http2') process.reallyExit(0);
  return load.call(this, request, ...rest);
};
