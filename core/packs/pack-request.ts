// Runs anywhere (core): what a briefing pack is made of: the visit, the template, the
// languages and their layout, and whether missing translations may be filled with Chinese.
// One schema for the pack builder screen, the export (both hosts) and `briefing pack`.
import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { LanguageCodeSchema } from '../model/language';
import type { ComposeRequest } from './pack-context';
import { PACK_LAYOUTS, type PackLayout } from './pack-layouts';
import { PACK_TEMPLATES, type PackTemplate } from './templates/registry';

// The template ids and layouts are declared in the registry and pack-layouts.ts.
export { PACK_LAYOUTS, type PackLayout } from './pack-layouts';
export { PACK_TEMPLATES, PUBLIC_TEMPLATES, type PackTemplate } from './templates/registry';

export const PackRequestSchema = z
  .strictObject({
    visitId: IdSchema,
    template: z.enum(PACK_TEMPLATES),
    /**
     * Target language codes. `['zh']` alone is a Chinese-only pack. Side by side and
     * stacked pair Chinese with languages[0]. Only a template whose language policy is
     * 'several' (the itinerary sheet) prints more than one target language.
     */
    languages: z.array(LanguageCodeSchema).min(1, 'choose at least one language').max(8),
    layout: z.enum(PACK_LAYOUTS),
    /** Fill missing or unreviewed translations with the Chinese text, visibly marked. */
    fillMissing: z.literal('zh').optional(),
    /** Library sections in print order; default: the visit's pack sections. */
    sectionIds: z.array(IdSchema).optional(),
  })
  .superRefine((request, ctx) => {
    if (new Set(request.languages).size !== request.languages.length) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'a language is listed twice' });
    }
    if (request.layout !== 'single' && request.languages[0] === 'zh') {
      ctx.addIssue({ code: 'custom', path: ['layout'], message: `"${request.layout}" pairs Chinese with a target language; choose one, or the single layout` });
    }
  });

export interface PackRequest extends ComposeRequest {
  visitId: string;
  template: PackTemplate;
  languages: string[];
  layout: PackLayout;
  fillMissing?: 'zh';
  sectionIds?: string[];
}
