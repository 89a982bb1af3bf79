// Runs anywhere (core): the document outline (bookmarks). Entries arrive in document
// order with a level each; a deeper level nests under the nearest shallower entry before
// it. Each bookmark opens its page scrolled to the heading's top.
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from '../typeset/laid-out-document';

interface Node {
  entry: OutlineEntry | undefined;
  ref: PDFRef;
  dict: PDFDict;
  children: Node[];
}

/** Registers the outline and returns the ref of its root, or undefined if there is none. */
export function writeOutline(
  context: PDFContext,
  entries: readonly OutlineEntry[],
  pages: readonly { ref: PDFRef; height: number }[],
): PDFRef | undefined {
  const usable = entries.filter((e) => e.title.trim() !== '' && pages[e.pageIndex]);
  if (usable.length === 0) return undefined;

  const root: Node = { entry: undefined, ref: context.nextRef(), dict: context.obj({ Type: 'Outlines' }), children: [] };
  const stack: { level: number; node: Node }[] = [{ level: 0, node: root }];
  for (const entry of usable) {
    const level = Math.max(1, Math.floor(entry.level));
    while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    const page = pages[entry.pageIndex]!;
    const dict = context.obj({
      Title: PDFHexString.fromText(entry.title.replace(/\s+/g, ' ').trim()),
      Parent: parent.ref,
      Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round((page.height - entry.y) * 100) / 100), PDFNull],
    });
    const node: Node = { entry, ref: context.nextRef(), dict, children: [] };
    parent.children.push(node);
    stack.push({ level, node });
  }

  // Every item is open, so /Count is the number of all descendants.
  const link = (node: Node): number => {
    let count = 0;
    node.children.forEach((child, i) => {
      if (i > 0) child.dict.set(PDFName.of('Prev'), node.children[i - 1]!.ref);
      if (i < node.children.length - 1) child.dict.set(PDFName.of('Next'), node.children[i + 1]!.ref);
      count += 1 + link(child);
    });
    if (node.children.length > 0) {
      node.dict.set(PDFName.of('First'), node.children[0]!.ref);
      node.dict.set(PDFName.of('Last'), node.children[node.children.length - 1]!.ref);
      node.dict.set(PDFName.of('Count'), PDFNumber.of(count));
    }
    context.assign(node.ref, node.dict);
    return count;
  };
  link(root);
  return root.ref;
}
