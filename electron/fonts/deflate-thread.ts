// Runs in Node: the PDF writer's deflate on a thread of its own. The writer hands over
// each stream as it finishes it (a page's content, a font, a batch of objects) and goes
// on with the next page while this thread compresses on another core; the writer waits
// for all of them only before it writes the file. Streams are sent in batches of about
// BATCH_BYTES (or whatever was asked for in one turn of the event loop), because each
// message costs the writer's thread tens of microseconds; zlib's own asynchronous deflate
// costs more than that per call, which is why it is not used.
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';

/** Below this, compressing here costs less than sending the bytes across. */
const MIN_THREAD_BYTES = 2048;
/**
 * The thread starts once this much has been asked for: a short document (a handout, a
 * CLI run) is done sooner without one than with the start of a thread.
 */
const START_AFTER_BYTES = 512 * 1024;
/** A batch is sent once it holds this much: a few pages' content. */
const BATCH_BYTES = 64 * 1024;

// Evaluated source rather than a file, so it runs the same from a checkout, the CLI's
// bundle, the export worker's bundle and app.asar.
const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
parentPort.on('message', ({ first, inputs }) => {
  try {
    const outputs = inputs.map((data) => deflateSync(data));
    parentPort.postMessage({ first, outputs }, outputs.map((out) => out.buffer));
  } catch (error) {
    parentPort.postMessage({ first, count: inputs.length, error: String((error && error.message) || error) });
  }
});
`;

type Reply = { first: number; outputs?: Uint8Array[]; count?: number; error?: string };

interface Waiting {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export interface DeflateThreadOptions {
  /** Bytes to be asked for before the thread starts (default START_AFTER_BYTES). */
  startAfterBytes?: number;
}

export class DeflateThread {
  private readonly startAfterBytes: number;
  private worker: Worker | undefined;
  /** Until it says it is running, streams are compressed here. */
  private online = false;
  private asked = 0;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private batch: Uint8Array[] = [];
  private batchFirst = 0;
  private batchBytes = 0;
  private flushQueued = false;
  private running: Promise<void> | undefined;

  constructor(options: DeflateThreadOptions = {}) {
    this.startAfterBytes = options.startAfterBytes ?? START_AFTER_BYTES;
  }

  /** Starts the thread now; resolves once it runs (from then on large streams go to it). */
  whenRunning(): Promise<void> {
    if (!this.start()) return Promise.reject(new Error('No thread can be started here'));
    const worker = this.worker!;
    return (this.running ??= new Promise((resolve) => {
      if (this.online) return resolve();
      worker.ref(); // the caller is waiting for it
      worker.once('online', () => {
        if (this.waiting.size === 0) worker.unref();
        resolve();
      });
    }));
  }

  /**
   * Compresses `data` (zlib format, as deflateSync): on the thread, the bytes copied
   * first, or at once when it is small, the thread is not running yet, or none can be.
   */
  deflate(data: Uint8Array): Uint8Array | Promise<Uint8Array> {
    this.asked += data.length;
    if (data.length < MIN_THREAD_BYTES || this.asked < this.startAfterBytes || !this.start() || !this.online) return deflateSync(data);
    const id = this.nextId++;
    if (this.batch.length === 0) this.batchFirst = id;
    this.batch.push(data.slice()); // a copy of exactly these bytes, moved, not copied again
    this.batchBytes += data.length;
    const answer = new Promise<Uint8Array>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    if (this.batchBytes >= BATCH_BYTES) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
    return answer;
  }

  private flush(): void {
    this.flushQueued = false;
    const inputs = this.batch;
    if (inputs.length === 0) return;
    this.batch = [];
    this.batchBytes = 0;
    const worker = this.worker;
    if (!worker) {
      this.settle({ first: this.batchFirst, count: inputs.length, error: 'the compression thread stopped' });
      return;
    }
    worker.ref(); // keeps the process alive for the answer
    worker.postMessage({ first: this.batchFirst, inputs }, inputs.map((input) => input.buffer as ArrayBuffer));
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      // No inherited flags: under --input-type=module the evaluated source would be read
      // as a module, where `require` does not exist.
      const worker = new Worker(THREAD_SOURCE, { eval: true, name: 'pdf-deflate', execArgv: [] });
      worker.once('online', () => (this.online = true));
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => this.fail(new Error('The PDF compression thread stopped')));
      // After the listeners: listening for messages holds the process open again.
      worker.unref(); // an idle thread never keeps the process alive
      this.worker = worker;
      return worker;
    } catch {
      return undefined; // no threads here (a restricted host): compress on this one
    }
  }

  private settle(reply: Reply): void {
    const count = reply.outputs?.length ?? reply.count ?? 0;
    for (let i = 0; i < count; i++) {
      const id = reply.first + i;
      const waiting = this.waiting.get(id);
      if (!waiting) continue;
      this.waiting.delete(id);
      const out = reply.outputs?.[i];
      if (out) waiting.resolve(out);
      else waiting.reject(new Error(`PDF stream compression failed: ${reply.error ?? 'no output'}`));
    }
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private fail(error: Error): void {
    this.worker = undefined; // the next call starts a new thread
    this.online = false;
    this.running = undefined;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}
