// Runs in Node (tests): vitest, node project; reads real files with qpdf.
// The file written with the host's deflate (object streams and the cross-reference stream
// compressed by Node's zlib) is the file pdf-lib writes with pako, object for object:
// only the compressed lengths and the file identifier differ.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentOf, sampleParagraph, write } from './helpers/sample-documents';
import { qpdfCheck, run, saveTemp } from './helpers/read-pdf';

type QpdfObject = { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } };

/**
 * qpdf's JSON of every object, stream data decoded, without what compression changes:
 * the stream lengths, the file identifier and the cross-reference stream (its data is
 * the byte offsets).
 */
function objectsOf(path: string): Record<string, QpdfObject> {
  const result = run('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', path]);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout) as { qpdf: [unknown, Record<string, QpdfObject>] };
  const objects = json.qpdf[1];
  for (const [key, object] of Object.entries(objects)) {
    if (!object.stream) continue;
    if (object.stream.dict['/Type'] === '/XRef') delete objects[key];
    else delete object.stream.dict['/Length'];
  }
  delete objects.trailer;
  return objects;
}

describe('the file writer with the host deflate', () => {
  it('writes the objects pdf-lib writes, in compressed object streams that qpdf reads without a warning', async () => {
    // Enough pages for more than one object stream (50 objects each).
    const pages = Array.from({ length: 60 }, (_, i) => (i % 2 ? sampleParagraph('en') : [...sampleParagraph('zh'), ...sampleParagraph('ar', 320)]));
    const doc = documentOf(pages, { title: '写入测试', lang: 'zh-CN' });
    const native = saveTemp(await write(doc), 'native');
    const pako = saveTemp(await write(doc, { deflate: undefined }), 'pako');

    const check = qpdfCheck(native);
    expect(check.status).toBe(0);
    expect(check.stdout).not.toMatch(/warning/i);
    const xref = run('qpdf', ['--show-xref', native]).stdout;
    const streams = new Set([...xref.matchAll(/compressed; stream = (\d+)/g)].map((m) => m[1]));
    expect(streams.size).toBeGreaterThan(1); // dictionaries do sit in object streams, 50 a stream
    const objects = objectsOf(native);
    expect(Object.keys(objects).length).toBeGreaterThan(100);
    expect(objects).toEqual(objectsOf(pako));
  });
});

describe('a deflate that answers later', () => {
  const pages = Array.from({ length: 12 }, (_, i) => (i % 2 ? sampleParagraph('en') : [...sampleParagraph('zh'), ...sampleParagraph('ar', 320)]));
  const doc = documentOf(pages, { title: '写入测试', lang: 'zh-CN' });

  it('writes the same file, byte for byte, as one that answers at once', async () => {
    // Answers out of order, as a thread would: the last stream asked for comes back first.
    const later = (data: Uint8Array) => new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(deflateSync(data)), 50 - (data.length % 50)));
    const atOnce = await write(doc, { deflate: (data) => deflateSync(data) });
    const deferred = await write(doc, { deflate: later });
    expect(Buffer.from(deferred).equals(Buffer.from(atOnce))).toBe(true);
    expect(qpdfCheck(saveTemp(deferred, 'deferred')).status).toBe(0);
  });

  it("fails the write with the deflate's error, and leaves no promise unhandled", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let calls = 0;
      const failing = (data: Uint8Array) => (++calls === 3 ? Promise.reject(new Error('disk on fire')) : Promise.resolve(deflateSync(data)));
      await expect(write(doc, { deflate: failing })).rejects.toThrow('disk on fire');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
