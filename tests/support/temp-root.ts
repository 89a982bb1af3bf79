// Runs in Node (tests): every temp folder the tests make goes under one folder per run,
// removed at the end, so test runs do not fill /tmp. Child processes (the CLI, Chromium,
// the store's crash-test child) inherit TMPDIR too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'briefing-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
