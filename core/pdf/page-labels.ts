// Runs anywhere (core): /PageLabels, so that a viewer's page box shows the number each
// page prints (a cover counts but shows none) rather than its position in the file.
import { PDFName, type PDFContext, type PDFDict } from 'pdf-lib';
import type { LaidOutDocument } from '../typeset/laid-out-document';

export function writePageLabels(context: PDFContext, catalog: PDFDict, labels: LaidOutDocument['pageLabels']): void {
  if (!labels || labels.length === 0) return;
  const nums: unknown[] = [];
  for (const label of labels) {
    const dict: Record<string, unknown> = {};
    if (label.style === 'decimal') dict.S = 'D';
    if (label.start !== undefined && label.start !== 1) dict.St = label.start;
    nums.push(label.pageIndex, context.obj(dict as never));
  }
  catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: nums } as never));
}
