import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../core/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createSerialQueue', () => {
  it('runs tasks one at a time, in the order given, even when later ones are quicker', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string, ticks: number) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      for (let i = 0; i < ticks; i++) await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([queue.run(task('a', 3)), queue.run(task('b', 0)), queue.run(task('c', 1))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('passes a failure to its caller only, and keeps going', async () => {
    const queue = createSerialQueue();
    const failed = queue.run(async () => {
      throw new Error('disk full');
    });
    const thrown = queue.run(() => {
      throw new Error('sync throw');
    });
    const next = queue.run(() => 42);
    await expect(failed).rejects.toThrow('disk full');
    await expect(thrown).rejects.toThrow('sync throw');
    await expect(next).resolves.toBe(42);
  });

  it('does not start a task before the previous one settled, and idle() waits for all', async () => {
    const queue = createSerialQueue();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let second = false;
    void queue.run(() => gate);
    void queue.run(() => {
      second = true;
    });
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await tick();
    expect(second).toBe(false);
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(second).toBe(true);
    expect(idle).toBe(true);
  });

  it('idle() resolves even when the last task failed', async () => {
    const queue = createSerialQueue();
    queue.run(() => Promise.reject(new Error('x'))).catch(() => undefined);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
