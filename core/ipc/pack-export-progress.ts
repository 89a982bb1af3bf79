// Runs anywhere (core): how far an export job is, as one number for the progress bar. Each
// pack takes an equal share of the job; within a pack, laying out the text takes most of
// the time, writing the PDF (font subsets) the rest, saving very little.
import type { PackExportProgress } from './pack-schemas';

export type PackExportPhase = PackExportProgress['phase'];

/** Where each phase starts within one pack's share, 0 to 1. */
const PHASE_START: Record<PackExportPhase, number> = { preparing: 0, typesetting: 0.05, writing: 0.7, saving: 0.95 };

export function exportFraction(pack: number, packs: number, phase: PackExportPhase): number {
  const fraction = (pack + PHASE_START[phase]) / Math.max(1, packs);
  return Math.min(1, Math.max(0, Math.round(fraction * 1000) / 1000));
}

export function progressEvent(jobId: string, pack: number, packs: number, fileName: string, phase: PackExportPhase): PackExportProgress {
  return { jobId, phase, pack, packs, fileName, fraction: exportFraction(pack, packs, phase) };
}
