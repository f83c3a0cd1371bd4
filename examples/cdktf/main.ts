// Synthesizes the home lab to cdktf.out/stacks/homelab/cdk.tf.json: `npx tsx main.ts`
// (no cdktf CLI needed), then `terraform init && terraform apply` in that folder.
import { App } from 'cdktf';
import { HomelabStack } from './homelab.js';

const app = new App();
new HomelabStack(app, 'homelab');
app.synth();
