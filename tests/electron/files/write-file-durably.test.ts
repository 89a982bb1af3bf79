// Runs in Node (tests): the one durable write. Short writes are continued, a write that
// makes no progress throws, the temp file is checked (its size, and what `verify` checks)
// before it replaces anything, and a failure leaves the old file and no temp file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../../electron/files/file-system';
import { nodeFileSystem } from '../../../electron/files/file-system';
import { FULL_JSON_CHECK_LIMIT, verifyJson, writeFileDurably } from '../../../electron/files/write-file-durably';
import { WriteFailedError } from '../../../electron/files/write-failed-error';
import { tempFolder } from '../store/store-test-helpers';
import { faultyFileSystem } from './faulty-file-system';

/** A file system whose writes write at most `most` bytes each time (0: nothing at all). */
function stingy(most: number): FileSystem & { writes: number } {
  const fs = {
    ...nodeFileSystem,
    writes: 0,
    async open(path: string, flags: 'r' | 'w' | 'a' | 'r+', mode?: number) {
      const handle = await nodeFileSystem.open(path, flags, mode);
      return {
        ...handle,
        write: (buffer: Uint8Array, offset: number, length: number, position: number | null) => {
          fs.writes++;
          return handle.write(buffer, offset, Math.min(length, most), position);
        },
        sync: () => handle.sync(),
        datasync: () => handle.datasync(),
        truncate: (n: number) => handle.truncate(n),
        stat: () => handle.stat(),
        close: () => handle.close(),
      };
    },
  };
  return fs;
}

describe('writeFileDurably', () => {
  it('writes strings, bytes and pieces, and replaces the file whole', async () => {
    const folder = tempFolder();
    const target = join(folder, 'a.json');
    writeFileSync(target, 'old');
    expect(await writeFileDurably(target, ['{"revision":', new Uint8Array([0x33]), '}'], { verify: verifyJson(3) })).toBe(14);
    expect(readFileSync(target, 'utf8')).toBe('{"revision":3}');
    expect(readdirSync(folder)).toEqual(['a.json']);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    await writeFileDurably(join(folder, 'b.pdf'), new Uint8Array(10), { mode: 0o644 });
    expect(statSync(join(folder, 'b.pdf')).mode & 0o777).toBe(0o644);
  });

  it('carries on after short writes until every byte is written', async () => {
    const folder = tempFolder();
    const fs = stingy(7);
    const text = 'Ω'.repeat(100); // 200 bytes, cut mid-character by 7-byte writes
    await writeFileDurably(join(folder, 'short.txt'), text, { fs });
    expect(readFileSync(join(folder, 'short.txt'), 'utf8')).toBe(text);
    expect(fs.writes).toBe(Math.ceil(200 / 7));
  });

  it('throws ENOSPC when a write makes no progress, and leaves the old file and no temp file', async () => {
    const folder = tempFolder();
    const target = join(folder, 'w.json');
    writeFileSync(target, 'old');
    const error = await writeFileDurably(target, 'new contents', { fs: stingy(0) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect(error).toMatchObject({ code: 'ENOSPC', reason: 'disk-full', message: expect.stringMatching(/^could not write w\.json: the disk is full/) });
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['w.json']);
  });

  it('refuses to rename a temp file that does not read back as it should', async () => {
    const folder = tempFolder();
    const target = join(folder, 'w.json');
    writeFileSync(target, '{"revision":1}');
    await expect(writeFileDurably(target, '{"revision":2', { verify: verifyJson(2) })).rejects.toThrow(/does not read back as JSON/);
    await expect(writeFileDurably(target, '{"revision":3}', { verify: verifyJson(2) })).rejects.toThrow(/reads back as revision 3, not 2/);
    expect(readFileSync(target, 'utf8')).toBe('{"revision":1}');
    expect(readdirSync(folder)).toEqual(['w.json']);
  });

  it('names the failure of each step (EIO on fsync, ENOSPC on rename) and keeps the old file', async () => {
    for (const op of ['fsync', 'rename', 'open(w)', 'write']) {
      const folder = tempFolder();
      const target = join(folder, 'w.json');
      writeFileSync(target, 'old');
      const faulty = faultyFileSystem({ when: (call) => (call.op === op ? (op === 'fsync' ? 'EIO' : 'ENOSPC') : null) });
      const error = await writeFileDurably(target, 'new', { fs: faulty.fs }).catch((e: unknown) => e);
      expect(error, op).toMatchObject({ reason: op === 'fsync' ? 'io-error' : 'disk-full' });
      expect(readFileSync(target, 'utf8'), op).toBe('old');
      expect(readdirSync(folder), op).toEqual(['w.json']);
    }
  });

  it('reads every file back and refuses one whose bytes differ from those written', async () => {
    const folder = tempFolder();
    const target = join(folder, 'w.pdf');
    writeFileSync(target, 'old');
    const flipping: FileSystem = {
      ...nodeFileSystem,
      async open(path, flags, mode) {
        const handle = await nodeFileSystem.open(path, flags, mode);
        return {
          write: (buffer, offset, length, position) => handle.write(Buffer.from(buffer).fill(0x21, offset, offset + 1), offset, length, position), // says all is well
          sync: () => handle.sync(),
          datasync: () => handle.datasync(),
          truncate: (n) => handle.truncate(n),
          stat: () => handle.stat(),
          close: () => handle.close(),
        };
      },
    };
    await expect(writeFileDurably(target, 'new bytes', { fs: flipping })).rejects.toThrow(/does not read back as written/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['w.pdf']);
  });

  it('checks a large JSON file by its bytes and the revision in its head, without parsing it again', async () => {
    const big = `{"format":"briefing-desk-workspace","schemaVersion":2,"revision":42,"pad":"${'x'.repeat(FULL_JSON_CHECK_LIMIT)}"}`;
    const folder = tempFolder();
    await writeFileDurably(join(folder, 'big.json'), big, { verify: verifyJson(42) });
    await expect(writeFileDurably(join(folder, 'big.json'), big, { verify: verifyJson(43) })).rejects.toThrow(/revision 42, not 43/);
    await expect(writeFileDurably(join(folder, 'cut.json'), big.slice(0, -2), { verify: verifyJson(42) })).rejects.toThrow(/JSON object/);
  });
});
