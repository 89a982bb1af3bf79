// Runs anywhere (core): the cover: a dark band across the top with the host organisation
// (and a logo on the end side), a red rule, the kind of document, the title large, a short
// rule, the subtitle, and at the foot the details (delegation, dates, place) and small
// print. Everything sits on the cover language's start side: the right in Arabic, even
// for a Chinese line.
import type { Cover, CoverLine, RichText } from '../document-schema';
import type { PageItem, Rgb, StructureNode } from '../laid-out-document';
import type { PageGeometry } from '../page-geometry';
import type { SetParagraph } from '../paragraph/typeset-paragraph';
import { imageBytes, sniffImage } from '../images/image-source';
import { isRtlLanguage } from '../text/languages';
import { setText, type BuildContext } from './set-text';
import { lineItem } from './draw-line';
import { paragraphDirection, styledSpans } from './rich-text';
import { ACCENT, BAND_FILL, BAND_SECONDARY_INK, RULE_COLOR, type TextRole } from './styles';

const BAND_HEIGHT = 178;
const LOGO_SIZE = 64;

export function drawCover(
  ctx: BuildContext,
  cover: Cover,
  geometry: PageGeometry,
  docLang: string,
  resolveImage: ((src: string) => Uint8Array | undefined) | undefined,
): PageItem[] {
  const items: PageItem[] = [];
  const lang = cover.lang ?? docLang;
  const rtl = isRtlLanguage(lang);
  const { left, bodyWidth, width, height, bottom } = geometry;

  /** Sets a cover text on the cover's start side and returns it with its height. */
  const set = (text: RichText, lineLang: string | undefined, role: TextRole, measure: number, path: string): SetParagraph => {
    const l = lineLang ?? lang;
    const direction = paragraphDirection(styledSpans(text, l, false), l);
    const align = (direction === 'rtl') === rtl ? 'start' : 'end';
    return setText(ctx, text, l, role, measure, path, align);
  };
  const draw = (paragraph: SetParagraph, x: number, top: number, color?: Rgb): number => {
    let y = top;
    const tag: StructureNode = { role: 'P' };
    for (const line of paragraph.lines) {
      if (line.runs.length > 0) {
        const item = lineItem(line, paragraph.direction, paragraph.lang, x, y);
        item.tag = tag;
        if (color) for (const run of item.runs) run.color = color;
        items.push(item);
      }
      y += line.height;
    }
    return y;
  };
  const lines = (list: CoverLine[] | undefined, role: TextRole, path: string, measure = bodyWidth) =>
    (list ?? []).map((line, i) => set(line.text, line.lang, role, measure, `${path}[${i}].text`));

  // The band, its logo and the red rule beneath.
  items.push({ kind: 'rect', x: 0, y: 0, width, height: BAND_HEIGHT, fill: BAND_FILL });
  items.push({ kind: 'rect', x: 0, y: BAND_HEIGHT, width, height: 5, fill: ACCENT });
  let logoRoom = 0;
  if (cover.logo) {
    const bytes = imageBytes(cover.logo, resolveImage);
    const image = typeof bytes === 'string' ? bytes : sniffImage(bytes);
    if (typeof image === 'string') {
      ctx.warnings.push({ code: 'image-unavailable', path: 'cover.logo', message: `The cover's logo was left out: ${image}.` });
    } else {
      const scale = Math.min(LOGO_SIZE / image.width, LOGO_SIZE / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      const x = rtl ? left : left + bodyWidth - w;
      items.push({ kind: 'image', x, y: (BAND_HEIGHT - h) / 2, width: w, height: h, format: image.format, bytes: image.bytes });
      logoRoom = LOGO_SIZE + 16;
    }
  }
  const bandWidth = bodyWidth - logoRoom;
  const bandLeft = rtl ? left + logoRoom : left;
  const band = lines(cover.band, 'coverBand', 'cover.band', bandWidth);
  const bandHeight = band.reduce((h, p, i) => h + p.height + (i > 0 ? 3 : 0), 0);
  let y = Math.max(36, (BAND_HEIGHT - bandHeight) / 2);
  band.forEach((p, i) => {
    y = draw(p, bandLeft, y, i === 0 ? undefined : BAND_SECONDARY_INK) + 3;
  });

  // Kicker, title, a short rule, subtitle.
  y = BAND_HEIGHT + 76;
  for (const p of lines(cover.kicker, 'coverKicker', 'cover.kicker')) y = draw(p, left, y) + 2;
  y += 10;
  lines(cover.title, 'coverTitle', 'cover.title').forEach((p, i) => {
    y = draw(p, left, y + (i > 0 ? 6 : 0));
  });
  y += 18;
  items.push({ kind: 'rect', x: rtl ? left + bodyWidth - 48 : left, y, width: 48, height: 2.5, fill: ACCENT });
  y += 20;
  for (const p of lines(cover.subtitle, 'coverSubtitle', 'cover.subtitle')) y = draw(p, left, y) + 5;

  // The details and the small print, from the foot of the page up.
  const note = lines(cover.note, 'coverNote', 'cover.note');
  const noteHeight = note.reduce((h, p) => h + p.height, 0);
  const details = (cover.details ?? []).map((d, i) => ({
    label: set(d.label, d.lang, 'coverLabel', bodyWidth, `cover.details[${i}].label`),
    value: set(d.value, d.lang, 'coverValue', bodyWidth, `cover.details[${i}].value`),
  }));
  const detailsHeight = details.reduce((h, d, i) => h + d.label.height + d.value.height + (i > 0 ? 9 : 0), 0);
  const foot = height - bottom;
  let detailsTop = foot - noteHeight - (noteHeight > 0 ? 22 : 0) - detailsHeight;
  detailsTop = Math.max(detailsTop, y + 30);
  if (details.length > 0) {
    items.push({ kind: 'rule', x1: left, y1: detailsTop - 12, x2: left + bodyWidth, y2: detailsTop - 12, width: 0.6, color: RULE_COLOR });
    let top = detailsTop;
    details.forEach((d, i) => {
      top = draw(d.value, left, draw(d.label, left, top + (i > 0 ? 9 : 0)));
    });
    detailsTop = top;
  }
  let noteTop = Math.max(foot - noteHeight, detailsTop + 16);
  for (const p of note) noteTop = draw(p, left, noteTop);
  return items;
}
