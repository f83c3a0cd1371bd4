// The providers serve gRPC with grpc-js's server alone (src/plugin/grpc-server.ts imports its
// modules, not its index), yet two of the server's modules require grpc-js's client at their
// top level: channelz.js (for the channelz service definition) and orca.js (for the ORCA
// metrics client), both used only inside functions a provider never calls. Through the client
// a start evaluated the channel, subchannels, transports, the HTTP proxy and DNS resolvers,
// and node:dns. This esbuild plugin turns those top-level requires, in the provider start-up
// scripts, into requires made on first use: a stand-in object that requires the module when
// a property of it is first read. The build fails when grpc-js no longer has the line, so a
// grpc-js update is looked at again.
import { readFile } from 'node:fs/promises';

/** Module (path under node_modules) to the exact require lines made lazy in it. */
const LAZY_REQUIRES = {
  '@grpc/grpc-js/build/src/channelz.js': ['const make_client_1 = require("./make-client");'],
  '@grpc/grpc-js/build/src/orca.js': ['const make_client_1 = require("./make-client");', 'const channel_credentials_1 = require("./channel-credentials");'],
};

/** `const NAME = require("PATH");` as a stand-in that requires PATH on the first read of one of its properties. */
function onFirstUse(line) {
  const match = /^const (\w+) = require\(("[^"]+")\);$/.exec(line);
  if (!match) throw new Error(`lazy-requires: not a plain require line: ${line}`);
  const [, name, path] = match;
  return `const ${name} = new Proxy({}, { get: (_, key) => require(${path})[key] });`;
}

export function lazyRequiresPlugin() {
  const files = Object.keys(LAZY_REQUIRES);
  return {
    name: 'lazy-requires',
    setup(build) {
      build.onLoad({ filter: /[\\/]@grpc[\\/]grpc-js[\\/]build[\\/]src[\\/](channelz|orca)\.js$/ }, async (args) => {
        const file = files.find((name) => args.path.replaceAll('\\', '/').endsWith(`node_modules/${name}`));
        if (file === undefined) return undefined;
        let contents = await readFile(args.path, 'utf8');
        for (const line of LAZY_REQUIRES[file]) {
          if (!contents.includes(line)) throw new Error(`lazy-requires: ${file} no longer has \`${line}\`: check what it needs at load`);
          contents = contents.replace(line, onFirstUse(line));
        }
        return { contents, loader: 'js' };
      });
    },
  };
}
