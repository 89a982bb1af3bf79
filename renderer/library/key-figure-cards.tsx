// Runs in the renderer: a key-figures block as cards: each number formatted for the
// source and for the chosen language (grouping, decimal sign and percent differ: 2,570 /
// 2 570 / 2.570), its label, and the number itself editable as data.
import { useTranslation } from 'react-i18next';
import type { FigureApprox, KeyFiguresBlock } from '../../core/model/blocks';
import { formatKeyFigure } from '../../core/model/key-figure-format';
import type { Language } from '../../core/model/language';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

const APPROX_KEYS: Record<FigureApprox, string> = {
  exact: 'library:figures.exact',
  'more-than': 'library:figures.moreThan',
  about: 'library:figures.about',
};

export function KeyFigureCards({ block, source, target }: { block: KeyFiguresBlock; source: Language; target: Language }) {
  const { t } = useTranslation();
  return (
    <ul className="figure-cards" aria-label={t('library:figures.label')}>
      {block.figures.map((figure) => (
        <FigureCard key={figure.id} figure={figure} source={source} target={target} />
      ))}
    </ul>
  );
}

function FigureCard({ figure, source, target }: { figure: KeyFiguresBlock['figures'][number]; source: Language; target: Language }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const label = figure.label.translations[target.code]?.text;
  return (
    <li className="figure-card" data-figure-id={figure.id}>
      <p className="figure-card-number" {...textAttributes(target)}>
        {formatKeyFigure(figure, target.code)}
      </p>
      <p className="figure-card-label" {...textAttributes(label ? target : source)}>
        {label || figure.label.source.text}
      </p>
      <p className="figure-card-source" {...textAttributes(source)}>
        {formatKeyFigure(figure, source.code)} {figure.label.source.text}
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
      </div>
      {error && <CommandErrorNotice error={error} />}
    </li>
  );
}
