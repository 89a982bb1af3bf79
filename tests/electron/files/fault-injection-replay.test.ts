// Fault injection (tests/electron/files/fault-injection.ts), the session starting with a
// workspace whose journal holds changes not yet in the file. Every write call of
// open, edit, compact, backup, save as and close fails in turn with ENOSPC, EIO and a short write.
import { describe, expect, it } from 'vitest';
import { runFaultInjection } from './fault-injection';

describe('the store under injected write faults', () => {
  it('loses nothing acknowledged whichever write fails, with ENOSPC, EIO or a short write (opening replays a journal)', async () => {
    const { covered, points } = await runFaultInjection('journal');
    expect(points).toBeGreaterThan(200);
    expect(covered).toBe(points);
  }, 300_000);
});
