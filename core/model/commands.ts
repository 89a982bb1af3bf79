// Runs anywhere (core): the typed commands, the only way data changes. The renderer
// builds them, main (or the browser host's in-page store) validates and applies them
// with the same code (apply-command.ts), and the store journals them as sent.
import { z } from 'zod';
import { BlockSchema, FigureApproxSchema, FigureUnitSchema, KeyFigureSchema, TableRowSchema } from './blocks';
import { CountrySchema, DelegationKindSchema, DelegationSchema, InterpreterSchema, MemberSchema } from './delegations';
import { GlossaryTermSchema } from './glossary';
import { HostSchema } from './host';
import { IdSchema } from './ids';
import { DirectionSchema, LanguageCodeSchema, LanguageSchema } from './language';
import { SectionSchema } from './library';
import { LocalizedTextSchema, NonEmptyLocalizedTextSchema } from './localized-text';
import { NoteSchema, VisibilitySchema } from './note';
import { SegmentSchema, SegmentTextSchema, TranslationStatusSchema } from './segment';
import { StopInterpreterSchema } from './stop-times';
import { VenueKindSchema, VenueSchema } from './venues';
import { StopSchema, TimeOfDaySchema, VisitSchema } from './visits';
import { SlideKeySchema, SpeakerNoteSchema } from './presentation';
import { nonBlank } from './text-rules';
import { TimeZoneSchema } from './time-zone';

/**
 * The lists commands add to, update, delete from and reorder. `parent` says what
 * `parentId` must name for nested lists.
 */
export const COLLECTIONS = {
  sections: { parent: null, value: SectionSchema, patch: null },
  blocks: {
    parent: 'section',
    value: BlockSchema,
    patch: z.strictObject({ visibility: VisibilitySchema, level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).partial(),
  },
  bulletItems: { parent: 'bullets block', value: SegmentSchema, patch: null },
  keyFigures: {
    parent: 'key figures block',
    value: KeyFigureSchema,
    patch: z.strictObject({ value: z.number().finite().min(-1e15).max(1e15), unit: FigureUnitSchema, approx: FigureApproxSchema }).partial(),
  },
  tableRows: { parent: 'table block', value: TableRowSchema, patch: null },
  glossaryTerms: {
    parent: null,
    value: GlossaryTermSchema,
    patch: z.strictObject({ term: NonEmptyLocalizedTextSchema, note: LocalizedTextSchema, forbidden: GlossaryTermSchema.shape.forbidden }).partial(),
  },
  venues: {
    parent: null,
    value: VenueSchema,
    patch: z
      .strictObject({
        name: NonEmptyLocalizedTextSchema,
        address: LocalizedTextSchema,
        kind: VenueKindSchema,
        openingHours: VenueSchema.shape.openingHours.unwrap(),
        capacity: VenueSchema.shape.capacity.unwrap(),
      })
      .partial(),
  },
  delegations: {
    parent: null,
    value: DelegationSchema,
    patch: z
      .strictObject({
        name: NonEmptyLocalizedTextSchema,
        country: CountrySchema,
        kind: DelegationKindSchema,
        primaryLanguages: z.array(LanguageCodeSchema),
        secondaryLanguages: z.array(LanguageCodeSchema),
      })
      .partial(),
  },
  members: { parent: 'delegation', value: MemberSchema, patch: MemberSchema.omit({ id: true }).partial().strict() },
  interpreters: { parent: 'delegation', value: InterpreterSchema, patch: InterpreterSchema.omit({ id: true }).partial().strict() },
  delegationNotes: { parent: 'delegation', value: NoteSchema, patch: z.strictObject({ visibility: VisibilitySchema }).partial() },
  visits: {
    parent: null,
    value: VisitSchema,
    patch: z
      .strictObject({
        delegationId: IdSchema,
        title: NonEmptyLocalizedTextSchema,
        startDate: z.iso.date(),
        endDate: z.iso.date(),
        timeZone: TimeZoneSchema,
        bufferMinutes: z.number().int().min(0).max(240),
      })
      .partial(),
  },
  stops: {
    parent: 'visit',
    value: StopSchema,
    patch: z
      .strictObject({
        date: z.iso.date(),
        start: TimeOfDaySchema,
        end: TimeOfDaySchema,
        venueId: IdSchema,
        hosts: z.array(nonBlank(200)),
        speakers: z.array(nonBlank(200)),
        interpreters: z.array(StopInterpreterSchema),
      })
      .partial(),
  },
  stopNotes: { parent: 'stop', value: NoteSchema, patch: z.strictObject({ visibility: VisibilitySchema }).partial() },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
type Spec<C extends CollectionName> = (typeof COLLECTIONS)[C];
export type CollectionValue<C extends CollectionName> = z.infer<Spec<C>['value']>;

const IndexSchema = z.number().int().min(0);

function addSchemaOf<C extends CollectionName>(collection: C) {
  const spec = COLLECTIONS[collection];
  return z.strictObject({
    type: z.literal('add'),
    collection: z.literal(collection),
    ...(spec.parent ? { parentId: IdSchema } : {}),
    /** Where to insert; the end when absent. */
    index: IndexSchema.optional(),
    value: spec.value as Spec<C>['value'],
  });
}

export const AddCommandSchema = z.discriminatedUnion(
  'collection',
  COLLECTION_NAMES.map((c) => addSchemaOf(c)) as unknown as [ReturnType<typeof addSchemaOf>, ...ReturnType<typeof addSchemaOf>[]],
);

type Patchable = { [C in CollectionName]: Spec<C>['patch'] extends null ? never : C }[CollectionName];
const PATCHABLE = COLLECTION_NAMES.filter((c): c is Patchable => COLLECTIONS[c].patch !== null);

function updateSchemaOf<C extends Patchable>(collection: C) {
  const patch = COLLECTIONS[collection].patch as NonNullable<Spec<C>['patch']>;
  return z.strictObject({
    type: z.literal('update'),
    collection: z.literal(collection),
    id: IdSchema,
    /** The fields to change; an empty patch is refused when applied. */
    patch,
  });
}

export const UpdateCommandSchema = z.discriminatedUnion(
  'collection',
  PATCHABLE.map((c) => updateSchemaOf(c)) as unknown as [ReturnType<typeof updateSchemaOf>, ...ReturnType<typeof updateSchemaOf>[]],
);

export const DeleteCommandSchema = z.strictObject({ type: z.literal('delete'), collection: z.enum(COLLECTION_NAMES), id: IdSchema });

export const MoveCommandSchema = z.strictObject({
  type: z.literal('move'),
  collection: z.enum(COLLECTION_NAMES),
  id: IdSchema,
  /** Position after the move. */
  toIndex: IndexSchema,
  /** Blocks only: the section to move into; the same section when absent. */
  toParentId: IdSchema.optional(),
});

export const SetSourceCommandSchema = z.strictObject({
  type: z.literal('setSource'),
  segmentId: IdSchema,
  text: SegmentTextSchema,
  /**
   * A changed source makes existing translations drafts again (they no longer say the
   * same thing). `true` keeps their statuses, for typo fixes.
   */
  keepStatuses: z.boolean().optional(),
});

export const SetTranslationCommandSchema = z.strictObject({
  type: z.literal('setTranslation'),
  segmentId: IdSchema,
  language: LanguageCodeSchema,
  text: SegmentTextSchema,
  /** When absent: `missing` for empty text, else `draft`. */
  status: TranslationStatusSchema.optional(),
});

/** One schema per command type, so a bad command is explained by its own schema, not a union's. */
export const COMMAND_SCHEMAS = {
  add: AddCommandSchema,
  update: UpdateCommandSchema,
  delete: DeleteCommandSchema,
  move: MoveCommandSchema,
  setSource: SetSourceCommandSchema,
  setTranslation: SetTranslationCommandSchema,
  renameWorkspace: z.strictObject({ type: z.literal('renameWorkspace'), title: nonBlank(200) }),
  addLanguage: z.strictObject({ type: z.literal('addLanguage'), language: LanguageSchema, index: IndexSchema.optional() }),
  updateLanguage: z.strictObject({
    type: z.literal('updateLanguage'),
    code: LanguageCodeSchema,
    name: nonBlank(60).optional(),
    direction: DirectionSchema.optional(),
  }),
  removeLanguage: z.strictObject({
    type: z.literal('removeLanguage'),
    code: LanguageCodeSchema,
    /** Required when translations into the language exist: removing it discards them. */
    discardTranslations: z.boolean().optional(),
  }),
  moveLanguage: z.strictObject({ type: z.literal('moveLanguage'), code: LanguageCodeSchema, toIndex: IndexSchema }),
  /** `minutes: null` forgets the travel time. */
  setTravelTime: z.strictObject({ type: z.literal('setTravelTime'), from: IdSchema, to: IdSchema, minutes: z.number().int().min(0).max(24 * 60).nullable() }),
  setPack: z.strictObject({ type: z.literal('setPack'), visitId: IdSchema, sectionIds: z.array(IdSchema), excludedBlockIds: z.array(IdSchema) }),
  addTableColumn: z.strictObject({
    type: z.literal('addTableColumn'),
    blockId: IdSchema,
    index: IndexSchema.optional(),
    header: SegmentSchema,
    /** One cell per existing row, in row order. */
    cells: z.array(SegmentSchema),
  }),
  deleteTableColumn: z.strictObject({ type: z.literal('deleteTableColumn'), blockId: IdSchema, index: IndexSchema }),
  /** Freezes the visit's draft stops as the next issued version; when and by whom come from the change context. */
  issueVersion: z.strictObject({ type: z.literal('issueVersion'), visitId: IdSchema, comment: z.string().max(2000) }),
  /** The host organisation printed on packs; null removes it. */
  setHost: z.strictObject({ type: z.literal('setHost'), host: HostSchema.nullable() }),
  /** A speaker note for one slide of a visit; empty text removes it. */
  setSlideNote: z.strictObject({ type: z.literal('setSlideNote'), visitId: IdSchema, slide: SlideKeySchema, text: SpeakerNoteSchema }),
  setSlideHidden: z.strictObject({ type: z.literal('setSlideHidden'), visitId: IdSchema, slide: SlideKeySchema, hidden: z.boolean() }),
  /** The whole order of a visit's slides (each key once). */
  setSlideOrder: z.strictObject({ type: z.literal('setSlideOrder'), visitId: IdSchema, order: z.array(SlideKeySchema).max(2_000) }),
} as const;

export const CommandSchema = z.union(Object.values(COMMAND_SCHEMAS) as unknown as [(typeof COMMAND_SCHEMAS)[keyof typeof COMMAND_SCHEMAS], ...(typeof COMMAND_SCHEMAS)[keyof typeof COMMAND_SCHEMAS][]]);

/** A command as the renderer builds it. */
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Typed `add` without a union to pick through: `addCommand('venues', venue)`. */
export type AddCommand<C extends CollectionName> = {
  type: 'add';
  collection: C;
  parentId?: string;
  index?: number;
  value: CollectionValue<C>;
};
