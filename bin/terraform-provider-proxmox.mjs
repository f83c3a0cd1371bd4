#!/usr/bin/env node
// The proxmox provider executable that terraform starts (see `make install`).
import { launchProvider } from '../dist/provider-launch.js';

await launchProvider('proxmox', process.argv.slice(2));
