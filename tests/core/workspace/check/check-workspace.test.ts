import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../../../core/model/apply-command';
import type { Workspace } from '../../../../core/model/workspace';
import { checkWorkspace } from '../../../../core/workspace/check/check-workspace';
import { ctx, fixtureWorkspace } from '../../../fixtures/workspace/fixture-workspace';

function edited(doc: Workspace, ...commands: unknown[]): Workspace {
  for (const command of commands) {
    const result = executeCommand(doc, command, ctx());
    if (!result.ok) throw new Error(result.error.message);
    doc = result.doc;
  }
  return doc;
}

describe('checkWorkspace', () => {
  it('passes the fixture with nothing to report', () => {
    const report = checkWorkspace(fixtureWorkspace());
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0, languages: ['en', 'ar', 'ru', 'fr', 'es', 'pt'] });
    expect(report.summaries.find((s) => s.language === 'en')!.statuses.reviewed).toBeGreaterThan(15);
  });

  it('reports a missing translation, a wrong figure, an absent term and a forbidden variant, each with its path', () => {
    const doc = edited(
      fixtureWorkspace(),
      { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'ar', text: '' },
      { type: 'setTranslation', segmentId: 'seg-results-summary', language: 'es', text: 'Vecinos y abogados han participado más de 50.000 veces y han aportado 2.750 sugerencias sobre 25 proyectos de ley.', status: 'reviewed' },
      { type: 'setTranslation', segmentId: 'seg-overview-title', language: 'fr', text: 'Le point de contact législatif du district de Chaoyang', status: 'reviewed' },
    );
    const report = checkWorkspace(doc);
    expect(report.ok).toBe(false);
    const brief = report.issues.map((i) => [i.severity, i.kind, i.language, i.path]);
    expect(brief).toContainEqual(['error', 'missing-translation', 'ar', '$.library.sections[1].blocks[0].text']);
    expect(brief).toContainEqual(['error', 'number-missing', 'es', '$.library.sections[1].blocks[0].text']);
    expect(brief).toContainEqual(['error', 'forbidden-variant', 'fr', '$.library.sections[0].blocks[0].text']);
    expect(brief).toContainEqual(['error', 'glossary-term-absent', 'fr', '$.library.sections[0].blocks[0].text']);
    const figure = report.issues.find((i) => i.kind === 'number-missing')!;
    expect(figure.message).toContain('2,570 (2570)');
    expect(figure.where).toBe('Library › 参与和成效 › paragraph in blk-results-summary');
    expect(figure.segmentId).toBe('seg-results-summary');
    expect(report.errors).toBe(4);
    expect(report.summaries.find((s) => s.language === 'es')!.numbers).toBe(1);
  });

  it('asks for itinerary texts only in the delegation’s languages, and treats internal notes as staff-only', () => {
    const base = fixtureWorkspace();
    const withoutRussian = edited(base, { type: 'setTranslation', segmentId: 'seg-stop-test-envoys-visit-2', language: 'ru', text: '' });
    expect(checkWorkspace(withoutRussian).errors).toBe(0); // the envoys read en, fr, es
    const withoutFrench = edited(base, { type: 'setTranslation', segmentId: 'seg-stop-test-envoys-visit-2', language: 'fr', text: '' });
    expect(checkWorkspace(withoutFrench).issues).toEqual([expect.objectContaining({ kind: 'missing-translation', language: 'fr', path: '$.visits[0].stops[1].activity' })]);
    const internal = edited(base, { type: 'setTranslation', segmentId: 'seg-note-stop-test-envoys-visit-1-internal', language: 'en', text: '' });
    expect(checkWorkspace(internal).errors).toBe(0);
  });

  it('flags drafts as warnings and can look at chosen languages only', () => {
    const doc = edited(fixtureWorkspace(), { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'ru', text: 'Черновик: с июля 2021 года здесь работает низовой пункт законодательной связи.', status: 'draft' });
    const all = checkWorkspace(doc);
    expect(all).toMatchObject({ errors: 0, warnings: 1, issues: [{ kind: 'draft-translation', language: 'ru' }] });
    expect(checkWorkspace(doc, { languages: ['en', 'ar'] })).toMatchObject({ warnings: 0, languages: ['en', 'ar'] });
  });
});
