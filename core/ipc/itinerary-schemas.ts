// Runs anywhere (core): payloads of the itinerary actions of the contract: a visit's
// calendar in one language, built by the host from its own copy of the workspace.
import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { LanguageCodeSchema } from '../model/language';

export const CalendarExportRequestSchema = z.strictObject({ visitId: IdSchema, language: LanguageCodeSchema });
export type CalendarExportRequest = z.infer<typeof CalendarExportRequestSchema>;

export const CalendarExportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string(), events: z.number().int().min(0) }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('failed'), message: z.string() }),
]);
export type CalendarExportOutcome = z.infer<typeof CalendarExportOutcomeSchema>;
