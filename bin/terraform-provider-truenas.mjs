#!/usr/bin/env node
// The truenas provider executable that terraform starts (see `make install`).
import { launchProvider } from '../dist/provider-launch.js';

await launchProvider('truenas', process.argv.slice(2));
