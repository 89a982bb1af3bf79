// Fault injection (tests/electron/files/fault-injection.ts), the session starting with a
// workspace whose file is in the prototype format (version 1). Every write call of
// open, edit, compact, backup, save as and close fails in turn with ENOSPC, EIO and a short write.
import { describe, expect, it } from 'vitest';
import { runFaultInjection } from './fault-injection';

describe('the store under injected write faults', () => {
  it('loses nothing acknowledged whichever write fails, with ENOSPC, EIO or a short write (opening migrates a prototype-format file)', async () => {
    const { covered, points } = await runFaultInjection('v1');
    expect(points).toBeGreaterThan(200);
    expect(covered).toBe(points);
  }, 300_000);
});
