// Runs anywhere (core): what a pack template declares, once, in its own file: who it is for
// (public templates are composed from the public view of the workspace, see
// public-view.ts), how many languages it prints, whether it is built from library
// sections, its margins, its name in print, a line for the command's help, and the
// function that composes it. The registry (registry.ts) lists them; the request schema,
// the pack builder's choices, the command's help and the leak tests all read it.
import type { Margins } from '../../typeset/document-schema';
import type { PackContext } from '../pack-context';
import type { PrintedNames } from '../pack-labels';
import type { TemplateResult } from './template-result';

/** `public`: may be handed to delegates, composed from the public view only. `staff`: for the host's people. */
export type Audience = 'public' | 'staff';

export interface PackTemplateSpec<Id extends string = string> {
  id: Id;
  audience: Audience;
  /**
   * `one`: one language at a time (or Chinese beside or above it). `several`: in the single
   * layout it prints each chosen target language (the itinerary sheet).
   */
  languages: 'one' | 'several';
  /** False when a Chinese-only pack means nothing (the interpreter sheet is for a pair). */
  chineseOnly: boolean;
  /** Built from the library sections staff pick (the section picker is shown). */
  sections: boolean;
  /** Page margins in points. */
  margins: Margins;
  /** The template's name in print (title, running header): per language, English for the rest. */
  names: PrintedNames;
  /** One line for `briefing pack --help`. */
  summary: string;
  compose(ctx: PackContext): TemplateResult;
}

/** Margins in points: a handout is read at leisure and gets more white. */
export const MARGINS = {
  generous: { top: 72, right: 66, bottom: 66, left: 66 },
  working: { top: 62, right: 54, bottom: 58, left: 54 },
  /** So that a day's programme fits on its page. */
  compact: { top: 54, right: 46, bottom: 50, left: 46 },
} as const satisfies Record<string, Margins>;
