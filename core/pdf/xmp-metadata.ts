// Runs anywhere (core): the XMP metadata packet (title, author, subject, language,
// producer, dates) that mirrors the Info dictionary, for readers and archives that only
// look at XMP.
import { xmpDate } from './pdf-date';

export interface XmpFields {
  title: string;
  lang: string;
  author?: string;
  subject?: string;
  producer: string;
  created: Date;
  documentId: string;
}

function xml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export function xmpPacket(fields: XmpFields): string {
  const date = xmpDate(fields.created);
  const lang = xml(fields.lang || 'x-default');
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
  ];
  if (fields.author) lines.push(`<dc:creator><rdf:Seq><rdf:li>${xml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (fields.subject) {
    lines.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(fields.subject)}</rdf:li></rdf:Alt></dc:description>`);
  }
  lines.push(
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(fields.producer)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(fields.producer)}</pdf:Producer>`,
    `<xmpMM:DocumentID>uuid:${fields.documentId}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>uuid:${fields.documentId}</xmpMM:InstanceID>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  );
  return lines.join('\n');
}
