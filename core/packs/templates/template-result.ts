// Runs anywhere (core): what a template returns: the document's parts that differ from
// template to template. compose-pack adds the title, language, author, page and footer.
import type { Block, Cover, RichText, RunningLine } from '../../typeset/document-schema';

export interface TemplateResult {
  blocks: Block[];
  /** Built after the blocks, so it can say whether anything was filled with Chinese. */
  cover?: () => Cover;
  header: RichText | RunningLine;
  /** Library sections printed, in order (for the report). */
  sections: string[];
  /** Wider margins for a document read at leisure (the handout). */
  generous?: boolean;
  /** Narrower margins, so that a day's programme fits on its page (the itinerary sheet). */
  compact?: boolean;
}
