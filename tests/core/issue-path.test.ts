import { describe, expect, it } from 'vitest';
import { formatIssuePath } from '../../core/issue-path';

describe('formatIssuePath', () => {
  it('writes a rooted JSON path by default', () => {
    expect(formatIssuePath(['library', 'sections', 0, 'blocks', 3, 'text'])).toBe('$.library.sections[0].blocks[3].text');
    expect(formatIssuePath([])).toBe('$');
    expect(formatIssuePath(['title', 'odd key', 'zh-CN'])).toBe('$.title["odd key"]["zh-CN"]');
  });

  it('writes a path relative to the input, with a word for the whole input', () => {
    const relative = { root: '', whole: '(document)' };
    expect(formatIssuePath(['blocks', 3, 'rows', 2], relative)).toBe('blocks[3].rows[2]');
    expect(formatIssuePath([0, 'x'], relative)).toBe('[0].x');
    expect(formatIssuePath([], relative)).toBe('(document)');
  });
});
