// Runs anywhere (core): the ToUnicode CMap of a font, mapping each two-byte CID to the
// UTF-16BE text it extracts as. CIDs with no text (the later glyphs of a cluster) get no
// entry, so readers add nothing for them.

const HEX = '0123456789ABCDEF';

function hex4(value: number): string {
  return HEX[(value >> 12) & 15]! + HEX[(value >> 8) & 15]! + HEX[(value >> 4) & 15]! + HEX[value & 15]!;
}

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** `textOfCid[cid]` is the text CID `cid` stands for; index 0 (.notdef) is skipped. */
export function toUnicodeCmap(textOfCid: readonly string[]): string {
  const entries: string[] = [];
  for (let cid = 1; cid < textOfCid.length; cid++) {
    const text = textOfCid[cid]!;
    if (text !== '') entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n');
}
