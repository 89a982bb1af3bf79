// Runs anywhere (core): types for the `linebreak` package (UAX #14), which ships none.
declare module 'linebreak' {
  export interface Break {
    /** Index where the next line would start (after any spaces that end this one). */
    position: number;
    /** A mandatory break (after a newline and similar). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
