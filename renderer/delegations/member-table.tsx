// Runs in the renderer: a delegation's members in protocol order (1 is the head of
// delegation): the name in the member's own script and in Latin letters, and the title
// in Chinese and in the delegation's first language.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../core/i18n/ui-languages';
import { membersInProtocolOrder, type Delegation, type Member } from '../../core/model/delegations';
import { createId } from '../../core/model/ids';
import type { Workspace } from '../../core/model/workspace';
import { CommitField } from '../forms/commit-field';
import { CommandErrorNotice } from '../forms/command-error-notice';
import { ConfirmButton } from '../forms/confirm-button';
import { withLanguage } from '../forms/localized-text-grid';
import { languageName, textAttributes } from '../workspace/language-display';
import { useCommand } from '../workspace/workspace-context';

export function MemberTable({ delegation, doc }: { delegation: Delegation; doc: Workspace }) {
  const { t, i18n } = useTranslation();
  const source = doc.languages.source;
  const guestCode = delegation.primaryLanguages.find((c) => c !== source.code) ?? doc.languages.targets[0]?.code ?? 'en';
  const guest = doc.languages.targets.find((l) => l.code === guestCode) ?? { code: guestCode, name: guestCode, direction: directionOf(guestCode) };
  const members = membersInProtocolOrder(delegation);
  return (
    <div className="data-table member-table" role="table" aria-label={t('delegations:members.title')}>
      <div className="data-row data-head" role="row">
        <span role="columnheader">{t('delegations:members.order')}</span>
        <span role="columnheader">{t('delegations:members.native')}</span>
        <span role="columnheader">{t('delegations:members.latin')}</span>
        <span role="columnheader">{t('delegations:members.titleIn', { language: languageName(source.code, i18n.language) })}</span>
        <span role="columnheader">{t('delegations:members.titleIn', { language: languageName(guest.code, i18n.language) })}</span>
        <span role="columnheader" className="visually-hidden">
          {t('delegations:members.actions')}
        </span>
      </div>
      {members.map((member) => (
        <MemberRow key={member.id} member={member} source={source} guest={guest} />
      ))}
      <AddMember delegation={delegation} source={source} />
    </div>
  );
}

function MemberRow({ member, source, guest }: { member: Member; source: { code: string; direction: 'ltr' | 'rtl' }; guest: { code: string; direction: 'ltr' | 'rtl' } }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const patch = (value: Partial<Omit<Member, 'id'>>) => run({ type: 'update', collection: 'members', id: member.id, patch: value });
  const who = member.nameLatin;
  return (
    <div className="data-row" role="row" data-member-id={member.id}>
      <span role="cell">
        <CommitField
          type="number"
          className="order-input"
          value={String(member.protocolOrder)}
          label={t('delegations:members.orderOf', { who })}
          required
          onCommit={(text) => (Number.isInteger(Number(text)) && Number(text) >= 1 ? patch({ protocolOrder: Number(text) }) : Promise.resolve(false))}
        />
      </span>
      <span role="cell">
        <CommitField wrap value={member.nameNative} label={t('delegations:members.nativeOf', { who })} required dir="auto" onCommit={(nameNative) => patch({ nameNative })} />
      </span>
      <span role="cell">
        <CommitField wrap value={member.nameLatin} label={t('delegations:members.latinOf', { who })} required dir="ltr" onCommit={(nameLatin) => patch({ nameLatin })} />
      </span>
      <span role="cell">
        <CommitField
          multiline
          value={member.title[source.code] ?? ''}
          label={t('delegations:members.titleOf', { who })}
          onCommit={(text) => patch({ title: withLanguage(member.title, source.code, text) })}
          {...textAttributes(source)}
        />
      </span>
      <span role="cell">
        <CommitField
          multiline
          value={member.title[guest.code] ?? ''}
          label={t('delegations:members.titleOf', { who })}
          onCommit={(text) => patch({ title: withLanguage(member.title, guest.code, text) })}
          {...textAttributes(guest)}
        />
      </span>
      <span role="cell" className="row-actions">
        <ConfirmButton label={t('delegations:members.remove')} onConfirm={() => void run({ type: 'delete', collection: 'members', id: member.id })} />
      </span>
      {error && (
        <div className="row-error" role="cell">
          <CommandErrorNotice error={error} />
        </div>
      )}
    </div>
  );
}

function AddMember({ delegation, source }: { delegation: Delegation; source: { code: string; direction: 'ltr' | 'rtl' } }) {
  const { t } = useTranslation();
  const { run, error } = useCommand();
  const [native, setNative] = useState('');
  const [latin, setLatin] = useState('');
  const [title, setTitle] = useState('');
  const ready = native.trim() && latin.trim() && title.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const protocolOrder = Math.min(999, Math.max(0, ...delegation.members.map((m) => m.protocolOrder)) + 1);
    const member: Member = { id: createId('member'), nameNative: native.trim(), nameLatin: latin.trim(), title: { [source.code]: title.trim() }, protocolOrder };
    if (await run({ type: 'add', collection: 'members', parentId: delegation.id, value: member })) {
      setNative('');
      setLatin('');
      setTitle('');
    }
  };
  return (
    // A row of the table like the others (a table holds only rows), its fields in cells.
    <form className="data-row add-row" role="row" onSubmit={(event) => void submit(event)}>
      <span role="cell" />
      <span role="cell">
        <input value={native} dir="auto" aria-label={t('delegations:members.native')} placeholder={t('delegations:members.native')} onChange={(event) => setNative(event.target.value)} />
      </span>
      <span role="cell">
        <input value={latin} dir="ltr" aria-label={t('delegations:members.latin')} placeholder={t('delegations:members.latin')} onChange={(event) => setLatin(event.target.value)} />
      </span>
      <span role="cell">
        <input value={title} {...textAttributes(source)} aria-label={t('delegations:members.newTitle')} placeholder={t('delegations:members.newTitle')} onChange={(event) => setTitle(event.target.value)} />
      </span>
      <span role="cell" />
      <span role="cell">
        <button type="submit" className="button" disabled={!ready}>
          {t('delegations:members.add')}
        </button>
      </span>
      {error && (
        <div className="row-error" role="cell">
          <CommandErrorNotice error={error} />
        </div>
      )}
    </form>
  );
}
