// The least any Node.js plugin server does before terraform may dial it: load Node's http2 and
// tls, make a TLS context with an identity, listen on a unix socket, print the handshake line.
// No gRPC library, no protocol, no provider: bench/startup.ts times it beside the providers,
// as the start-up no Node.js provider can beat. The identity comes in the environment
// (BARE_KEY_PEM, BARE_CERT_PEM) so that making one is not counted here.
'use strict';
const { mkdtempSync } = require('node:fs');
const { createSecureServer } = require('node:http2');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const server = createSecureServer({ key: process.env.BARE_KEY_PEM, cert: process.env.BARE_CERT_PEM, ca: [], requestCert: true, rejectUnauthorized: false });
const socketPath = join(mkdtempSync(join(tmpdir(), 'truemox-bare-')), 'plugin.sock');
server.listen(socketPath, () => process.stdout.write(`1|6|unix|${socketPath}|grpc|\n`));
