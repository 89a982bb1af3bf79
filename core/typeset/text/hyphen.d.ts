// Runs anywhere (core): types of the parts of the `hyphen` package the engine imports: its
// hyphenator factory (hyphen.js) and the compiled TeX patterns of each language.
declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const createHyphenator: (patterns: unknown, options?: HyphenatorOptions) => (text: string) => string;
  export default createHyphenator;
}
declare module 'hyphen/patterns/*' {
  const patterns: unknown;
  export default patterns;
}
