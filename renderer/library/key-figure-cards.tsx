// Runs in the renderer: a key-figures block as cards: each number formatted for the
// source and for the chosen language (grouping, decimal sign and percent differ: 2,570 /
// 2 570 / 2.570), its label, and the figure itself edited as data: value, unit and
// precision ("more than" prints 50,000+). Figures are added and deleted here; their
// labels are written in the segment table below.
import { useTranslation } from 'react-i18next';
import { FIGURE_UNITS, type FigureApprox, type FigureUnit, type KeyFiguresBlock } from '../../core/model/blocks';
import { formatKeyFigure } from '../../core/model/key-figure-format';
import type { Language } from '../../core/model/language';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';
import { FIGURE_UNIT_KEYS } from './library-labels';
import { newKeyFigure } from './new-library-content';

const APPROX_KEYS: Record<FigureApprox, string> = {
  exact: 'library:figures.exact',
  'more-than': 'library:figures.moreThan',
  about: 'library:figures.about',
};

export function KeyFigureCards({ block, source, target, onAdded }: { block: KeyFiguresBlock; source: Language; target: Language; onAdded(figureId: string): void }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const add = async () => {
    const figure = newKeyFigure();
    if (await run({ type: 'add', collection: 'keyFigures', parentId: block.id, value: figure })) onAdded(figure.id);
  };
  return (
    <div className="figure-cards-area">
      <ul className="figure-cards" aria-label={t('library:figures.label')}>
        {block.figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} source={source} target={target} />
        ))}
      </ul>
      <div className="structure-bar">
        <button type="button" className="button button-quiet" data-add="figure" onClick={() => void add()}>
          <span aria-hidden="true">+</span> {t('library:figures.add')}
        </button>
        {error && <CommandErrorNotice error={error} />}
      </div>
    </div>
  );
}

function FigureCard({ figure, source, target }: { figure: KeyFiguresBlock['figures'][number]; source: Language; target: Language }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const label = figure.label.translations[target.code]?.text;
  const sourceLabel = figure.label.source.text;
  return (
    <li className="figure-card" data-figure-id={figure.id}>
      <p className="figure-card-number" {...textAttributes(target)}>
        {formatKeyFigure(figure, target.code)}
      </p>
      {(label || sourceLabel) && (
        <p className="figure-card-label" {...textAttributes(label ? target : source)}>
          {label || sourceLabel}
        </p>
      )}
      <p className="figure-card-source" {...textAttributes(source)}>
        {formatKeyFigure(figure, source.code)} {sourceLabel}
      </p>
      <div className="figure-card-edit">
        <CommitField
          type="number"
          className="figure-value-input"
          value={String(figure.value)}
          label={t('library:figures.value')}
          required
          onCommit={(text) => {
            const value = Number(text);
            return Number.isFinite(value) ? run({ type: 'update', collection: 'keyFigures', id: figure.id, patch: { value } }) : Promise.resolve(false);
          }}
        />
        <select
          className="figure-approx"
          aria-label={t('library:figures.approx')}
          value={figure.approx}
          onChange={(event) => void run({ type: 'update', collection: 'keyFigures', id: figure.id, patch: { approx: event.target.value as FigureApprox } })}
        >
          {(Object.keys(APPROX_KEYS) as FigureApprox[]).map((approx) => (
            <option key={approx} value={approx}>
              {t(APPROX_KEYS[approx])}
            </option>
          ))}
        </select>
        <select
          className="figure-unit"
          aria-label={t('library:figures.unit')}
          value={figure.unit}
          onChange={(event) => void run({ type: 'update', collection: 'keyFigures', id: figure.id, patch: { unit: event.target.value as FigureUnit } })}
        >
          {FIGURE_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(FIGURE_UNIT_KEYS[unit])}
            </option>
          ))}
        </select>
        <ConfirmButton label={t('library:figures.delete')} onConfirm={() => void run({ type: 'delete', collection: 'keyFigures', id: figure.id })} />
      </div>
      {error && <CommandErrorNotice error={error} />}
    </li>
  );
}
