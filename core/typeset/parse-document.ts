// Runs anywhere (core): checks a typeset document against its schema and turns zod's
// issues into messages that name the JSON path, e.g. `blocks[3].rows[2]: expected 3 cells`.
import type { z } from 'zod';
import { TypesetDocumentSchema, type TypesetDocument } from './document-schema';
import { formatJsonPath } from './json-path';
import { pageGeometry } from './page-geometry';

export interface DocumentIssue {
  /** JSON path such as `blocks[3].rows[2]`, or `(document)` for the root. */
  path: string;
  message: string;
}

/** The document is not valid; `issues` lists every problem, each with its path. */
export class DocumentError extends Error {
  constructor(readonly issues: DocumentIssue[]) {
    super(
      issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : ''),
    );
    this.name = 'DocumentError';
  }
}

function issueOf(issue: z.core.$ZodIssue): DocumentIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatJsonPath([...issue.path, key]), message: 'unknown field' }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 1) {
    // A union such as `string | span[]`: report the problems inside the alternative the
    // value was meant to be (its type matched), not just "no alternative matched".
    const meant = issue.errors.filter(
      (branch) => branch.length > 0 && !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    if (meant.length === 1) {
      return meant[0]!.flatMap((inner) => issueOf({ ...inner, path: [...issue.path, ...inner.path] }));
    }
  }
  return [{ path: formatJsonPath(issue.path), message: issue.message }];
}

/** Validates `json` (already parsed) and returns the typed document, or throws DocumentError. */
export function parseDocument(json: unknown): TypesetDocument {
  const result = TypesetDocumentSchema.safeParse(json);
  if (!result.success) throw new DocumentError(result.error.issues.flatMap(issueOf));
  const doc = result.data;
  const geometry = pageGeometry(doc);
  if (geometry.bodyWidth < 72 || geometry.bodyHeight < 144) {
    throw new DocumentError([
      { path: 'page.margin', message: 'the margins leave less than 72 × 144 points for the text' },
    ]);
  }
  return doc;
}

/** Parses JSON text, reporting a syntax error as a DocumentError at the root. */
export function parseDocumentText(text: string): TypesetDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DocumentError([
      { path: '(document)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  }
  return parseDocument(json);
}
