// Runs anywhere (core): the structure tree of a tagged PDF (ISO 32000-1, 14.7-14.8;
// PDF/UA-1 in intent). Layout hangs each line and picture on a StructureNode; page
// content marks it with an MCID (marked-content id) and this file turns the nodes into
// StructElem objects under one Document element, with the ParentTree that maps each
// page's MCIDs back to their elements, /Lang where an element's language differs from
// the document's, /Alt on figures and /Scope on table headers.
import { PDFHexString, PDFName, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { StructureNode } from '../typeset/laid-out-document';
import { PreformattedObject } from './preformatted-object';

interface MarkedContent {
  pageIndex: number;
  mcid: number;
}

interface Element {
  node: StructureNode | undefined; // undefined: the Document element
  ref: PDFRef;
  kids: (Element | MarkedContent)[];
  parent: Element | undefined;
  lang: string | undefined;
  /** The page of its first content (the element's /Pg). */
  pageIndex: number;
}

export class StructureTree {
  private readonly root: Element;
  private readonly elements = new Map<StructureNode, Element>();
  /** Per page, the element of each MCID. */
  private readonly pages: Element[][] = [];

  constructor(
    private readonly context: PDFContext,
    private readonly documentLang: string,
  ) {
    this.root = { node: undefined, ref: context.nextRef(), kids: [], parent: undefined, lang: undefined, pageIndex: 0 };
  }

  /** A fresh MCID on the page for content of `node`, in `lang` (the content's language). */
  mark(node: StructureNode, pageIndex: number, lang: string | undefined): number {
    const element = this.elementOf(node, pageIndex, lang);
    const marks = (this.pages[pageIndex] ??= []);
    const mcid = marks.length;
    marks.push(element);
    element.kids.push({ pageIndex, mcid });
    return mcid;
  }

  private elementOf(node: StructureNode, pageIndex: number, lang: string | undefined): Element {
    let element = this.elements.get(node);
    if (element) return element;
    const parent = node.parent ? this.elementOf(node.parent, pageIndex, lang) : this.root;
    element = { node, ref: this.context.nextRef(), kids: [], parent, lang, pageIndex };
    parent.kids.push(element);
    this.elements.set(node, element);
    return element;
  }

  /** Writes the tree; `pageRefs[i]` is page i, which gets /StructParents i. Returns the root's ref. */
  write(catalog: PDFDict, pageRefs: readonly PDFRef[], pageDicts: readonly PDFDict[]): void {
    const context = this.context;
    const rootRef = context.nextRef();
    // Thousands of elements of one simple form: each is written as its text
    // (preformatted-object.ts), with the names and strings it repeats made once.
    const names = new Map<string, string>();
    const nameOf = (value: string) => {
      let name = names.get(value);
      if (name === undefined) names.set(value, (name = PDFName.of(value).asString()));
      return name;
    };
    const texts = new Map<string, string>();
    const textOf = (value: string) => {
      let text = texts.get(value);
      if (text === undefined) texts.set(value, (text = PDFHexString.fromText(value).toString()));
      return text;
    };
    const write = (element: Element, parentRef: PDFRef) => {
      const kids: string[] = [];
      for (const kid of element.kids) {
        if ('mcid' in kid) {
          kids.push(kid.pageIndex === element.pageIndex ? String(kid.mcid) : `<<\n/Type /MCR\n/Pg ${pageRefs[kid.pageIndex]!.tag}\n/MCID ${kid.mcid}\n>>`);
        } else {
          write(kid, element.ref);
          kids.push(kid.ref.tag);
        }
      }
      const node = element.node;
      let dict = `<<\n/Type /StructElem\n/S ${node ? nameOf(node.role) : '/Document'}\n/P ${parentRef.tag}\n/K ${kids.length === 1 ? kids[0] : kids.length === 0 ? '[ ]' : `[ ${kids.join(' ')} ]`}\n`;
      if (node && element.kids.some((kid) => 'mcid' in kid)) dict += `/Pg ${pageRefs[element.pageIndex]!.tag}\n`;
      // An element's language is said where it differs from what it sits in.
      const inherited = element.parent?.lang ?? this.documentLang;
      if (element.lang && element.lang !== inherited && node) dict += `/Lang ${textOf(element.lang)}\n`;
      if (node?.role === 'Figure') dict += `/Alt ${textOf(node.alt ?? '')}\n`;
      if (node?.scope) dict += `/A <<\n/O /Table\n/Scope ${nameOf(node.scope)}\n>>\n`;
      context.assign(element.ref, new PreformattedObject(`${dict}>>`));
    };
    // An element inherits the language of its first content; a parent with none takes
    // the language its first child has, so that /Lang is said once, high up.
    const settle = (element: Element): string | undefined => {
      for (const kid of element.kids) if (!('mcid' in kid)) settle(kid);
      if (!element.lang) element.lang = element.kids.map((kid) => ('mcid' in kid ? undefined : kid.lang)).find(Boolean);
      return element.lang;
    };
    settle(this.root);
    this.root.lang = this.documentLang;
    write(this.root, rootRef);

    const nums: unknown[] = [];
    pageRefs.forEach((_, i) => {
      pageDicts[i]!.set(PDFName.of('StructParents'), context.obj(i));
      nums.push(i, (this.pages[i] ?? []).map((element) => element.ref));
    });
    const parentTree = context.register(context.obj({ Nums: nums } as never));
    context.assign(
      rootRef,
      context.obj({ Type: 'StructTreeRoot', K: this.root.ref, ParentTree: parentTree, ParentTreeNextKey: pageRefs.length } as never),
    );
    catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
