import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
} from '../../../electron/security/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('names no remote origin, no wildcard and no eval other than for WebAssembly', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^(https?:|wss?:|\*|ftp:|file:)/);
        expect(source, name).not.toMatch(/\.\w{2,}$/); // a bare host name
        expect(source, name).not.toBe("'unsafe-eval'");
        expect(source, name).not.toBe("'unsafe-inline'");
      }
    }
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('starts from nothing and closes the classic holes', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action', 'frame-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('in development adds only the local dev server socket and inline code for hot reload', () => {
    const development = directives(developmentContentSecurityPolicy('http://localhost:5173'));
    expect(development.get('connect-src')).toContain('ws://localhost:5173');
    expect(development.get('script-src')).toContain("'unsafe-inline'");
    expect(development.get('object-src')).toEqual(["'none'"]);
    expect(development.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
