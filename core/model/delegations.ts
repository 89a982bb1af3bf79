// Runs anywhere (core): the delegations that visit: who they are, the languages they
// read, their members in protocol order, their interpreters, and staff notes.
import { z } from 'zod';
import { IdSchema } from './ids';
import { LanguageCodeSchema } from './language';
import { NonEmptyLocalizedTextSchema } from './localized-text';
import { NoteSchema } from './note';
import { nonBlank } from './text-rules';

export const DELEGATION_KINDS = ['parliamentary', 'ambassadors', 'party', 'seminar'] as const;
export const DelegationKindSchema = z.enum(DELEGATION_KINDS);

export const CountrySchema = z
  .string()
  .regex(/^([A-Z]{2}|multiple)$/, 'must be an ISO 3166-1 alpha-2 code such as "KG", or "multiple"');

export const MemberSchema = z.strictObject({
  id: IdSchema,
  /** The name in the member's own script (Кыдырбаев, محمد). */
  nameNative: nonBlank(200),
  /** The same name in Latin letters, for lists and badges. */
  nameLatin: nonBlank(200),
  title: NonEmptyLocalizedTextSchema,
  /** 1 is the head of delegation; equal numbers share a rank. */
  protocolOrder: z.number().int().min(1).max(999),
}).meta({ id: 'Member' });
export type Member = z.infer<typeof MemberSchema>;

export const LanguagePairSchema = z
  .tuple([LanguageCodeSchema, LanguageCodeSchema])
  .refine(([a, b]) => a !== b, { message: 'a language pair needs two different languages' })
  .meta({ id: 'LanguagePair' });
export type LanguagePair = z.infer<typeof LanguagePairSchema>;

export const InterpreterSchema = z.strictObject({
  id: IdSchema,
  name: nonBlank(200),
  pairs: z.array(LanguagePairSchema),
}).meta({ id: 'Interpreter' });
export type Interpreter = z.infer<typeof InterpreterSchema>;

export const DelegationSchema = z.strictObject({
  id: IdSchema,
  name: NonEmptyLocalizedTextSchema,
  country: CountrySchema,
  kind: DelegationKindSchema,
  /** The languages the delegation's briefing packs are printed in. */
  primaryLanguages: z.array(LanguageCodeSchema),
  secondaryLanguages: z.array(LanguageCodeSchema),
  members: z.array(MemberSchema),
  interpreters: z.array(InterpreterSchema),
  notes: z.array(NoteSchema),
}).meta({ id: 'Delegation' });
export type Delegation = z.infer<typeof DelegationSchema>;

/** Members sorted for lists and seating: by protocol order, then as entered. */
export function membersInProtocolOrder(delegation: Delegation): Member[] {
  return delegation.members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => a.member.protocolOrder - b.member.protocolOrder || a.index - b.index)
    .map(({ member }) => member);
}
