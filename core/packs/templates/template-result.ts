// Runs anywhere (core): what a template's compose function returns: the document's parts
// that differ from template to template. compose-pack adds the title, language, author,
// page and footer.
import type { Block, Cover, RichText, RunningLine } from '../../typeset/document-schema';

export interface TemplateResult {
  blocks: Block[];
  /** Built after the blocks, so it can say whether anything was filled with Chinese. */
  cover?: () => Cover;
  header: RichText | RunningLine;
  /** Library sections printed, in order (for the report). */
  sections: string[];
}
