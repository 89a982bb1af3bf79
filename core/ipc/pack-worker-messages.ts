// Runs anywhere (core): the messages between an export job and the worker that typesets
// for it, the same for the desktop's worker thread and the browser's web worker.
import type { TypesetDocument } from '../typeset/document-schema';

export type ToTypesetWorker = {
  type: 'typeset';
  documents: TypesetDocument[];
  /** Desktop: the workspace's folder, for pictures given by path. */
  imageRoot?: string;
};

export type FromTypesetWorker =
  | { type: 'phase'; index: number; phase: 'typesetting' | 'writing' }
  | { type: 'pack'; index: number; pdf: Uint8Array; pages: number; warnings: string[] }
  | { type: 'finished' }
  | { type: 'failed'; message: string };
