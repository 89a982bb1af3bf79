// Runs anywhere (core): what an export job asks of whoever typesets its documents (a Node
// worker thread in the desktop app, a web worker in the browser, the calling thread as a
// fallback): PDF bytes per document, the phase each one is in, and a way to stop.
import type { TypesetDocument } from '../typeset/document-schema';
import type { TypesetPack } from './pack-typeset';

export interface TypesetTask {
  /** One result per document, in order. Rejects when typesetting fails or the task was cancelled. */
  results: Promise<TypesetPack[]>;
  /** Stops the work as soon as it can; `results` then rejects with a CancelledError. */
  cancel(): void;
}

export interface TypesetTaskOptions {
  /** The workspace file's folder: image paths in documents are relative to it (desktop only). */
  imageRoot?: string;
}

export type PhaseListener = (index: number, phase: 'typesetting' | 'writing') => void;

export interface PackTypesetter {
  start(documents: TypesetDocument[], onPhase: PhaseListener, options?: TypesetTaskOptions): TypesetTask;
  /** Ends any worker it keeps. */
  dispose(): Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'CancelledError';
  }
}
