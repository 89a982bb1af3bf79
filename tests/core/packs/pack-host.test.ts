// Runs in Node (tests): the host organisation a pack prints is the workspace's: another
// outreach point's name (falling back to English where a language has none), and none at
// all for a workspace without a host: no author, no band line, no host in the contacts.
import { describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../../core/packs/build-pack-document';
import type { PackRequest } from '../../../core/packs/pack-request';
import { parseDocument } from '../../../core/typeset/parse-document';
import { ENVOYS, NOW, sampleWorkspace } from './helpers/sample-workspace';

const handout = (language: string): PackRequest => ({ visitId: ENVOYS, template: 'handout', languages: [language], layout: 'single' });

function documentOf(workspace: ReturnType<typeof sampleWorkspace>, request: PackRequest) {
  const build = buildPackDocument(workspace, request, { now: NOW });
  if (!build.ok) throw new Error('the sample is fully translated');
  return build.document;
}

describe('the host organisation in print', () => {
  it('is the sample’s Chaoyang committee, in each language', () => {
    const workspace = sampleWorkspace();
    expect(documentOf(workspace, handout('ar')).author).toBe('اللجنة الدائمة لمجلس نواب الشعب بمنطقة تشاويانغ');
    expect(documentOf(workspace, handout('zh')).author).toBe('北京市朝阳区人大常委会');
  });

  it('is another workspace’s own, with English where a language has no form', () => {
    const workspace = sampleWorkspace();
    workspace.host = { names: { zh: '北京市海淀区人大常委会', en: 'Haidian District People’s Congress Standing Committee' }, address: { zh: '北京', en: 'Beijing' } };
    const ru = documentOf(workspace, handout('ru'));
    expect(ru.author).toBe('Haidian District People’s Congress Standing Committee');
    expect(ru.cover?.band?.map((line) => line.text)).toEqual(['Haidian District People’s Congress Standing Committee', '北京市海淀区人大常委会']);
    expect(ru.header).toMatchObject({ start: 'Haidian District People’s Congress Standing Committee' });
  });

  it('is left out of a workspace that has none, and the packs still build', () => {
    const workspace = sampleWorkspace();
    delete workspace.host;
    for (const template of ['handout', 'staff', 'interpreter', 'itinerary'] as const) {
      const doc = documentOf(workspace, { ...handout('en'), template });
      expect(doc.author, template).toBeUndefined();
      expect(() => parseDocument(doc)).not.toThrow();
      expect(doc.header, template).not.toMatchObject({ start: expect.stringContaining('Chaoyang') });
    }
    const cover = documentOf(workspace, handout('en')).cover!;
    expect(cover.band).toEqual([]);
    expect(cover.details).toHaveLength(1);
  });
});
