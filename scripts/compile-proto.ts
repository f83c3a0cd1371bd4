// Compiles proto/*.proto into what the provider loads at start-up, so no process ever parses
// .proto text or builds protobufjs reflection:
// - src/protocol/generated/descriptor.json: the services and their methods (names, wire
//   paths, message types), read as plain data;
// - src/protocol/generated/codecs.cjs: protobufjs's static code (pbjs -t static-module), an
//   encoder and decoder per message. Building the same from the descriptor at start-up
//   (Root.fromJSON, which resolves every type) cost about ten milliseconds of every one of
//   terraform's provider starts.
// Run after changing proto/: `node --import tsx scripts/compile-proto.ts`.
// test/protocol/descriptor.test.ts fails while either committed file is stale.
import protobuf from 'protobufjs';
import { pbjs } from 'protobufjs-cli';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const protoFiles = ['tfplugin6.proto', 'plugin.proto', 'health.proto'];
const protoDir = new URL('../proto/', import.meta.url);
const protoPaths = () => protoFiles.map((file) => fileURLToPath(new URL(file, protoDir)));
export const descriptorFile = new URL('../src/protocol/generated/descriptor.json', import.meta.url);
export const codecsFile = new URL('../src/protocol/generated/codecs.cjs', import.meta.url);

/** The descriptor text for the current proto/ files (google/protobuf imports resolve to protobufjs's bundled copies). */
export function compileProtoDescriptor(): string {
  const root = new protobuf.Root();
  root.loadSync(protoPaths(), { keepCase: true, alternateCommentMode: false });
  root.resolveAll();
  return `${JSON.stringify(root.toJSON({ keepComments: false }), null, 1)}\n`;
}

/**
 * pbjs names each message's constructor after the message, so inside the code of
 * tfplugin6.Schema.Object the name `Object` is that constructor, not the global that its
 * `Object.keys`, `.create`, `.defineProperty` and `.hasOwnProperty` calls mean. Every such
 * call (not the constructor's own `Object.create = ...`) is pointed at the global.
 */
function unshadowGlobalObject(code: string): string {
  const header = 'var $protobuf = require("protobufjs/minimal");';
  if (!code.includes(header)) throw new Error('pbjs output changed: no protobufjs/minimal require to anchor on');
  return code
    .replace(
      header,
      `${header}\n\n// The global Object, which a message named Object shadows (see scripts/compile-proto.ts).\nvar $Object = globalThis.Object;`,
    )
    .replace(/(?<![.$\w])Object\.(keys|create|defineProperty|hasOwnProperty)(?=\(|\.call\()/g, '$$Object.$1');
}

/** The static codecs for the current proto/ files. */
export function compileProtoCodecs(): Promise<string> {
  const args = [
    '--target',
    'static-module',
    '--wrap',
    'commonjs',
    '--keep-case',
    '--no-comments',
    '--no-verify',
    '--no-delimited',
    '--no-typeurl',
    '--no-service',
    ...protoPaths(),
  ];
  return new Promise((resolve, reject) => {
    pbjs.main(args, (error, output) => (error ? reject(error) : resolve(unshadowGlobalObject(output ?? ''))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(descriptorFile, compileProtoDescriptor());
  writeFileSync(codecsFile, await compileProtoCodecs());
}
