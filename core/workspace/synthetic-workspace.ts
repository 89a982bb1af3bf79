// Runs anywhere (core): large made-up workspaces for benchmarks and load tests: any
// number of segments, each translated into the six built-in languages, with text of
// realistic length. Deterministic for a given seed.
import type { Block } from '../model/blocks';
import type { Segment, Translation, TranslationStatus } from '../model/segment';
import { createEmptyWorkspace, type Workspace } from '../model/workspace';

const WORDS: Record<string, string[]> = {
  zh: ['联系点', '居民', '意见', '建议', '法律', '草案', '代表', '街道', '征求', '立法', '基层', '采纳', '座谈', '社区', '律师', '反馈'],
  en: ['outreach', 'point', 'residents', 'views', 'draft', 'law', 'deputies', 'station', 'suggestions', 'adopted', 'community', 'lawyers', 'feedback', 'national'],
  ar: ['نقطة', 'الاتصال', 'السكان', 'الآراء', 'مشروع', 'قانون', 'النواب', 'محطة', 'مقترحات', 'اعتماد', 'المجتمع', 'المحامون', 'التشريع'],
  ru: ['пункт', 'связи', 'жители', 'мнения', 'проект', 'закона', 'депутаты', 'станция', 'предложения', 'приняты', 'община', 'юристы', 'законодательство'],
  fr: ['point', 'liaison', 'habitants', 'avis', 'projet', 'loi', 'députés', 'station', 'suggestions', 'retenues', 'quartier', 'avocats', 'législation'],
  es: ['punto', 'enlace', 'vecinos', 'opiniones', 'proyecto', 'ley', 'diputados', 'estación', 'sugerencias', 'adoptadas', 'barrio', 'abogados', 'legislación'],
  pt: ['ponto', 'ligação', 'moradores', 'opiniões', 'projeto', 'lei', 'deputados', 'estação', 'sugestões', 'adotadas', 'bairro', 'advogados', 'legislação'],
};
const STATUSES: TranslationStatus[] = ['reviewed', 'reviewed', 'reviewed', 'translated', 'draft'];
const PEOPLE = ['li.na', 'wang.fang', 'zhang.wei', 'chen.jing', 'liu.yang'];

/** A small fast PRNG (mulberry32), so the same seed gives the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  segments: number;
  seed?: number;
  /** Segments per section, the section title included. */
  perSection?: number;
  at?: string;
}

export function syntheticWorkspace(options: SyntheticOptions): Workspace {
  const next = random(options.seed ?? 1);
  const at = options.at ?? '2026-04-01T08:00:00.000Z';
  const perSection = options.perSection ?? 100;
  const doc = createEmptyWorkspace({ title: `Synthetic workspace, ${options.segments} segments`, at });
  const targets = doc.languages.targets.map((l) => l.code);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (language: string, words: number) => {
    const parts = Array.from({ length: words }, () => pick(WORDS[language]!));
    return language === 'zh' ? `${parts.join('')}${Math.floor(next() * 3000)}条。` : `${parts.join(' ')} ${Math.floor(next() * 3000)}.`;
  };
  let counter = 0;
  const segment = (): Segment => {
    const id = `seg-${++counter}`;
    const translations: Record<string, Translation> = {};
    for (const code of targets) translations[code] = { text: sentence(code, 12 + Math.floor(next() * 12)), status: pick(STATUSES), changedBy: pick(PEOPLE), changedAt: at };
    return { id, source: { text: sentence('zh', 10 + Math.floor(next() * 10)), changedBy: pick(PEOPLE), changedAt: at }, translations };
  };
  const sections = [];
  for (let made = 0, s = 0; made < options.segments; s++) {
    const title = segment();
    made++;
    const blocks: Block[] = [];
    for (let b = 0; b < perSection - 1 && made < options.segments; b++, made++) {
      blocks.push({ id: `blk-${s}-${b}`, visibility: next() < 0.9 ? 'public' : 'internal', kind: 'paragraph', text: segment() });
    }
    sections.push({ id: `sec-${s}`, title, blocks });
  }
  return { ...doc, library: { sections } };
}
