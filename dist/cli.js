#!/usr/bin/env node
// The executable is dist/cli.cjs (CommonJS: it starts without Node's ESM loader); this file runs it.
import './cli.cjs';
