// Compiles proto/*.proto into the JSON descriptor the provider loads at start-up
// (src/protocol/generated/descriptor.json), so no process ever parses .proto text.
// Run after changing proto/: `node --import tsx scripts/compile-proto.ts`.
// test/protocol/descriptor.test.ts fails while the committed descriptor is stale.
import protobuf from 'protobufjs';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const protoFiles = ['tfplugin6.proto', 'plugin.proto', 'health.proto'];
const protoDir = new URL('../proto/', import.meta.url);
export const descriptorFile = new URL('../src/protocol/generated/descriptor.json', import.meta.url);

/** The descriptor text for the current proto/ files (google/protobuf imports resolve to protobufjs's bundled copies). */
export function compileProtoDescriptor(): string {
  const root = new protobuf.Root();
  root.loadSync(
    protoFiles.map((file) => fileURLToPath(new URL(file, protoDir))),
    { keepCase: true, alternateCommentMode: false },
  );
  root.resolveAll();
  return `${JSON.stringify(root.toJSON({ keepComments: false }), null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(descriptorFile, compileProtoDescriptor());
}
