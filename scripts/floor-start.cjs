#!/usr/bin/env node
'use strict';
// Starts the floor of start-up (dist/floor.cjs, from scripts/floor.ts) exactly as bin/beredskab.js starts the CLI:
// from its V8 code cache for this Node, else the runtime's compile cache, else a compile.
const { join } = require('node:path');
require('../bin/beredskab.js').load(join(__dirname, '..', 'dist', 'floor.cjs'));
