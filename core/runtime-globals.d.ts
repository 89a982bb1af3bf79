// The few globals that every runtime core/ runs in (Node, Chromium, Electron) provides
// alike. core/ is type-checked without DOM and Node types, so they are declared here,
// narrowly: anything not listed is not available to core/.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly href: string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
