// Runs in the renderer: one public slide, drawn at the design size (1600×900) in a language
// layout. Both views and the fitting draw slides with this component only, so what the
// presenter measured is what the room sees.
import { assertNever } from '../../core/assert-never';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { sideBySideColumns, slideFrameLanguage, SOURCE, textsIn, type ShownText, type SlideLayout } from '../../core/present/language-layouts';
import type { BiText, PublicSlide, SlideLanguage } from '../../core/present/public-slide';

export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;
/** The body text's design size in CSS pixels at scale 1. */
export const SLIDE_BASE_FONT = 40;

type Pick = (text: BiText) => ShownText[];

function Shown({ texts, as: Tag = 'span', className = '' }: { texts: ShownText[]; as?: 'span' | 'p' | 'div'; className?: string }) {
  return (
    <>
      {texts.map((text, i) => (
        <Tag key={i} lang={text.lang} dir={text.dir} className={`slide-text slide-text-${text.role}${text.filled ? ' slide-text-filled' : ''} ${className}`}>
          {text.text}
        </Tag>
      ))}
    </>
  );
}

/** Lines of text one under another (the title slide's lines, a text slide's paragraphs). */
function Lines({ lines, pick, className, lineClass }: { lines: BiText[]; pick: Pick; className: string; lineClass: string }) {
  return (
    <div className={className}>
      {lines.map((line, i) => (
        <div key={i} className={lineClass}>
          <Shown texts={pick(line)} as="p" />
        </div>
      ))}
    </div>
  );
}

/** A cell: a text; a time (a plain string, the same in every language, read left to right); or a lead text in bold with more under it. */
type Cell = BiText | string | { lead: BiText; more: BiText[] };

function CellContent({ cell, pick }: { cell: Exclude<Cell, string>; pick: Pick }) {
  if (!('lead' in cell)) return <Shown texts={pick(cell)} as="div" />;
  return (
    <>
      <Shown texts={pick(cell.lead)} as="div" className="slide-lead" />
      {cell.more.map((more, i) => (
        <Shown key={i} texts={pick(more)} as="div" />
      ))}
    </>
  );
}

/** A table: the header row, then the rows. */
function Table({ header, rows, pick, className }: { header: BiText[]; rows: Cell[][]; pick: Pick; className: string }) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {header.map((cell, i) => (
            <th key={i} scope="col">
              <Shown texts={pick(cell)} as="div" />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              typeof cell === 'string' ? (
                <td key={c} className="slide-time" dir="ltr">
                  {cell}
                </td>
              ) : (
                <td key={c}>
                  <CellContent cell={cell} pick={pick} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body({ slide, pick }: { slide: PublicSlide; pick: Pick }): ReactNode {
  const body = slide.body;
  switch (body.kind) {
    case 'title':
      return <Lines lines={body.lines} pick={pick} className="slide-title-lines" lineClass="slide-title-line" />;
    case 'text':
      return <Lines lines={body.paragraphs} pick={pick} className="slide-paragraphs" lineClass="slide-paragraph" />;
    case 'list':
      return (
        <ul className="slide-list">
          {body.items.map((item, i) => (
            <li key={i}>
              <Shown texts={pick(item)} as="div" />
            </li>
          ))}
        </ul>
      );
    case 'figures':
      return (
        <div className={`slide-figures slide-figures-${Math.min(body.figures.length, 4)}`}>
          {body.figures.map((figure, i) => (
            <div key={i} className="slide-figure">
              <div className="slide-figure-value">
                <Shown texts={pick(figure.value).slice(-1)} as="div" />
              </div>
              <div className="slide-figure-label">
                <Shown texts={pick(figure.label)} as="div" />
              </div>
            </div>
          ))}
        </div>
      );
    case 'table':
      return <Table header={body.header} rows={body.rows} pick={pick} className="slide-table" />;
    case 'programme':
      return (
        <Table
          header={[body.header.time, body.header.activity, body.header.venue]}
          rows={body.rows.map((row) => [row.time, { lead: row.activity, more: row.notes }, row.venue])}
          pick={pick}
          className="slide-table slide-programme"
        />
      );
    case 'image':
      return (
        <figure className="slide-image">
          <div className="slide-image-frame" role="img" aria-label={pick(body.alt)[0]?.text ?? ''}>
            <Shown texts={pick(body.alt)} as="p" />
          </div>
          {body.caption && (
            <figcaption>
              <Shown texts={pick(body.caption)} as="div" />
            </figcaption>
          )}
        </figure>
      );
    default:
      return assertNever(body, 'slide');
  }
}

function Column({ slide, pick, className, lang }: { slide: PublicSlide; pick: Pick; className: string; lang?: SlideLanguage }) {
  const part = slide.parts > 1 ? ` (${slide.part}/${slide.parts})` : '';
  return (
    <div className={className} {...(lang ? { lang: lang.code, dir: lang.dir } : {})}>
      <header className="slide-heading">
        {pick(slide.title).map((text, i) => (
          <div key={i} lang={text.lang} dir={text.dir} className={`slide-title slide-text-${text.role}`}>
            {text.text}
            {i === 0 && part && <span className="slide-part" dir="ltr">{part}</span>}
          </div>
        ))}
      </header>
      <div className="slide-body">
        <Body slide={slide} pick={pick} />
      </div>
    </div>
  );
}

export interface SlideViewProps {
  slide: PublicSlide;
  layout: SlideLayout;
  target: SlideLanguage;
}

/** The slide at design size; a SlideStage scales it to its box. */
export function SlideView({ slide, layout, target }: SlideViewProps) {
  const frame = slideFrameLanguage(layout, target);
  const ref = useRef<HTMLElement>(null);
  // Set through the CSSOM: the desktop CSP allows no inline style attribute.
  useLayoutEffect(() => {
    ref.current?.style.setProperty('font-size', `${SLIDE_BASE_FONT * slide.scale}px`);
  }, [slide.scale]);
  if (layout === 'side-by-side') {
    const columns = sideBySideColumns(target);
    return (
      // Column order is visual (the target on its reading side), so the row itself is laid out left to right.
      <section className={`slide slide-kind-${slide.body.kind} slide-layout-${layout}`} lang={target.code} dir="ltr" ref={ref} data-slide-key={slide.key} data-part={`${slide.part}/${slide.parts}`}>
        <div className="slide-columns">
          {columns.map((role) =>
            role === 'target' ? (
              <Column key={role} slide={slide} pick={(text) => textsIn('target', text, target)} className="slide-column slide-column-target" lang={target} />
            ) : (
              <Column key={role} slide={slide} pick={(text) => textsIn('zh', text, target)} className="slide-column slide-column-source" lang={SOURCE} />
            ),
          )}
        </div>
      </section>
    );
  }
  return (
    <section className={`slide slide-kind-${slide.body.kind} slide-layout-${layout}`} lang={frame.code} dir={frame.dir} ref={ref} data-slide-key={slide.key} data-part={`${slide.part}/${slide.parts}`}>
      <Column slide={slide} pick={(text) => textsIn(layout, text, target)} className="slide-column" />
    </section>
  );
}
