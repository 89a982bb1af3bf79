// Runs in the renderer: the visit's slides as staff arrange them before the talk: show or
// hide each, move it up or down, and write its speaker note (internal: the presenter's
// screen only). Every change is one typed command.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterDeck, PresenterSlide } from '../../core/present/build-deck';
import type { SlideKind } from '../../core/present/public-slide';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { useCommand } from '../workspace/workspace-context';

const KIND_LABELS: Record<SlideKind, string> = {
  title: 'present:kind.title',
  text: 'present:kind.text',
  list: 'present:kind.list',
  figures: 'present:kind.figures',
  table: 'present:kind.table',
  image: 'present:kind.image',
  programme: 'present:kind.programme',
};

function NoteField({ visitId, slide, label }: { visitId: string; slide: PresenterSlide; label: string }) {
  const command = useCommand();
  const [text, setText] = useState(slide.notes);
  useEffect(() => setText(slide.notes), [slide.notes]);
  return (
    <>
      <textarea
        aria-label={label}
        lang="zh"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text !== slide.notes) void command.run({ type: 'setSlideNote', visitId, slide: slide.slide.key, text }).then((ok) => ok || setText(slide.notes));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText(slide.notes);
        }}
      />
      {command.error && <CommandErrorNotice error={command.error} onDismiss={command.clearError} />}
    </>
  );
}

export function SlideList({ deck }: { deck: PresenterDeck }) {
  const { t } = useTranslation();
  const command = useCommand();
  const keys = deck.slides.map((s) => s.slide.key);
  const move = (from: number, to: number) => {
    const order = [...keys];
    const [key] = order.splice(from, 1);
    order.splice(to, 0, key!);
    void command.run({ type: 'setSlideOrder', visitId: deck.visitId, order });
  };
  let shown = 0;
  return (
    <>
      {command.error && <CommandErrorNotice error={command.error} onDismiss={command.clearError} />}
      <ol className="present-slides" aria-label={t('present:setup.slides')}>
        {deck.slides.map((item, i) => {
          if (!item.hidden) shown += 1;
          const title = item.slide.title.t ?? item.slide.title.zh;
          return (
            <li key={item.slide.key} className="present-slide-row" data-slide-key={item.slide.key} data-hidden={item.hidden}>
              <span className="present-slide-number">{item.hidden ? '–' : shown}</span>
              <div>
                <strong lang={item.slide.title.t ? deck.target.code : 'zh'} dir={item.slide.title.t ? deck.target.dir : 'ltr'}>
                  {title}
                </strong>{' '}
                <span className="quiet-note">
                  {t(KIND_LABELS[item.slide.body.kind])} · <span lang="zh">{item.slide.title.zh}</span>
                </span>
                <NoteField visitId={deck.visitId} slide={item} label={t('present:setup.note', { title })} />
              </div>
              <div className="present-slide-actions">
                <label>
                  <input
                    type="checkbox"
                    checked={!item.hidden}
                    onChange={(event) => void command.run({ type: 'setSlideHidden', visitId: deck.visitId, slide: item.slide.key, hidden: !event.target.checked })}
                  />{' '}
                  {t('present:setup.show')}
                </label>
                <button type="button" className="button button-quiet" disabled={i === 0} aria-label={t('present:setup.moveUp', { title })} onClick={() => move(i, i - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={i === deck.slides.length - 1}
                  aria-label={t('present:setup.moveDown', { title })}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
