// Runs in Node (tests): the PDF writer's deflate on its own thread gives zlib's bytes for
// every stream, small or large, however many are asked for at once; a thread that dies
// fails what it held with a clear error and the next call starts a new one; and an idle
// thread does not keep a process alive; a short document never starts one.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflateThread } from '../../../electron/fonts/deflate-thread';

/** Compressible bytes: page-content-like text with a random part. */
function streamOf(size: number, seed: number): Uint8Array {
  const text = Array.from({ length: Math.ceil(size / 20) + 1 }, (_, i) => `1 0 0 1 ${(i * seed) % 997} ${i % 53} cm /F4g${i % 300} Do\n`).join('');
  const bytes = new TextEncoder().encode(text).subarray(0, size);
  bytes.set(randomBytes(Math.min(64, size)), 0);
  expect(bytes.length).toBe(size);
  return bytes;
}

describe('DeflateThread', () => {
  it('gives exactly what zlib gives, for small streams (here) and large ones (on the thread)', async () => {
    const thread = new DeflateThread({ startAfterBytes: 0 });
    await thread.whenRunning();
    const inputs = [0, 10, 2047, 2048, 5000, 70_000, 300_000].map((size, i) => streamOf(size, i + 3));
    const answers = inputs.map((input) => thread.deflate(input));
    expect(answers[1]).toBeInstanceOf(Uint8Array); // small: compressed at once
    expect(answers[5]).toBeInstanceOf(Promise); // large: on the thread
    const outputs = await Promise.all(answers);
    outputs.forEach((output, i) => {
      expect(Buffer.from(output).equals(deflateSync(inputs[i]!)), `input ${i}`).toBe(true);
      expect(Buffer.from(inflateSync(output)).equals(Buffer.from(inputs[i]!))).toBe(true);
    });
  });

  it('answers each of hundreds of streams asked for in one go with its own bytes, and leaves the caller its input', async () => {
    const thread = new DeflateThread({ startAfterBytes: 0 });
    await thread.whenRunning();
    const inputs = Array.from({ length: 400 }, (_, i) => streamOf(2048 + ((i * 7919) % 40_000), i));
    const before = inputs.map((input) => Buffer.from(input));
    const outputs = await Promise.all(inputs.map((input) => thread.deflate(input)));
    outputs.forEach((output, i) => expect(Buffer.from(inflateSync(output)).equals(before[i]!), `stream ${i}`).toBe(true));
    inputs.forEach((input, i) => expect(Buffer.from(input).equals(before[i]!)).toBe(true)); // copied, not taken
  });

  it('fails the streams a dying thread held, and starts a new thread for the next', async () => {
    const thread = new DeflateThread({ startAfterBytes: 0 });
    await thread.whenRunning();
    const held = thread.deflate(streamOf(100_000, 1));
    expect(held).toBeInstanceOf(Promise);
    await new Promise((resolve) => setImmediate(resolve)); // the batch is on its way
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(held).rejects.toThrow(/compression thread stopped/);
    const input = streamOf(50_000, 2);
    expect(Buffer.from(inflateSync(await thread.deflate(input))).equals(Buffer.from(input))).toBe(true); // here, while the new thread starts
    await thread.whenRunning();
    const next = thread.deflate(input);
    expect(next).toBeInstanceOf(Promise); // on the new thread
    expect(Buffer.from(inflateSync(await next)).equals(Buffer.from(input))).toBe(true);
  });

  it('compresses everything here until enough has been asked for to be worth a thread', () => {
    const thread = new DeflateThread({ startAfterBytes: 300_000 });
    for (let i = 0; i < 5; i++) expect(thread.deflate(streamOf(50_000, i))).toBeInstanceOf(Uint8Array);
    expect((thread as unknown as { worker: unknown }).worker).toBeUndefined();
    thread.deflate(streamOf(60_000, 9)); // past the mark: the thread starts (this one is still done here)
    expect((thread as unknown as { worker: unknown }).worker).toBeDefined();
  });

  it.each([
    ['once its answers are in', 'console.log("deflated", (await thread.deflate(new Uint8Array(100000).fill(65))).length);'],
    ['when it started but was never sent anything', 'console.log("started");'],
  ])('does not keep a process alive %s', (_, body) => {
    const script = `
      const { DeflateThread } = await import(${JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../../electron/fonts/deflate-thread.ts', import.meta.url))).href)});
      const thread = new DeflateThread({ startAfterBytes: 0 });
      await thread.whenRunning();
      ${body}
    `;
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^(deflated \d+|started)/);
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000); // exits by itself, not by the timeout
  });
});
