#!/usr/bin/env node
// The installed entry point: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`closer import chat.txt --json | head`) closes the pipe. That is not
// a failure: stop quietly rather than crash on the next write.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);
