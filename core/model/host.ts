// Runs anywhere (core): the host organisation, a setting of the workspace: its name in each
// language (printed as the packs' author, on the cover and in the running header), where
// it is (the cover, the handout's contacts) and its logo (the handout's cover). Optional:
// a workspace without it prints no host.
import { z } from 'zod';
import { isSafeRelativeImagePath } from './blocks';
import { LocalizedTextSchema, NonEmptyLocalizedTextSchema } from './localized-text';

export const HostSchema = z
  .strictObject({
    /** The organisation's name per language, e.g. { "zh": "北京市朝阳区人大常委会", "en": "…" }. */
    names: NonEmptyLocalizedTextSchema,
    /** Where it is, per language (a city, or a full address). */
    address: LocalizedTextSchema.optional(),
    /** Path of a PNG or JPEG relative to the workspace file's folder. */
    logo: z
      .string()
      .min(1)
      .max(1_000)
      .refine(isSafeRelativeImagePath, 'must be a relative path to a .png or .jpg inside the workspace folder')
      .optional(),
  })
  .meta({ id: 'Host', description: 'The host organisation printed on packs: names and address per language, logo.' });
export type Host = z.infer<typeof HostSchema>;
