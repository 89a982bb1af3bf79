// Runs anywhere (core): a growable byte buffer that content streams are written into
// directly, so a 160-page document costs no string concatenation and no per-glyph objects.

const DIGIT_0 = 0x30;

export class ByteBuilder {
  private buffer: Uint8Array;
  length = 0;

  constructor(initialCapacity = 64 * 1024) {
    this.buffer = new Uint8Array(initialCapacity);
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  byte(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value;
    return this;
  }

  /** Appends a string of ASCII characters (operators, names); other characters are not expected. */
  ascii(text: string): this {
    const n = text.length;
    this.reserve(n);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /**
   * Appends a number with at most `decimals` fraction digits and no trailing zeros, the
   * way PDF wants reals ("12.5", "-3", "0.25"), without going through toFixed.
   */
  number(value: number, decimals = 2): this {
    const scale = decimals === 2 ? 100 : decimals === 3 ? 1000 : decimals === 1 ? 10 : 10 ** decimals;
    let scaled = Math.round(value * scale);
    this.reserve(24);
    const buffer = this.buffer;
    if (scaled < 0) {
      buffer[this.length++] = 0x2d; // '-'
      scaled = -scaled;
    }
    const whole = Math.floor(scaled / scale);
    let fraction = scaled - whole * scale;
    this.unsigned(whole);
    if (fraction !== 0) {
      buffer[this.length++] = 0x2e; // '.'
      let divisor = scale / 10;
      while (fraction !== 0) {
        const digit = Math.floor(fraction / divisor);
        buffer[this.length++] = DIGIT_0 + digit;
        fraction -= digit * divisor;
        divisor /= 10;
      }
    }
    return this;
  }

  /** Appends a non-negative integer. */
  unsigned(value: number): this {
    this.reserve(16);
    const buffer = this.buffer;
    if (value < 10) {
      buffer[this.length++] = DIGIT_0 + value;
      return this;
    }
    let digits = 0;
    for (let v = value; v > 0; v = Math.floor(v / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    for (let v = value; v > 0; v = Math.floor(v / 10)) buffer[--at] = DIGIT_0 + (v % 10);
    return this;
  }

  /**
   * Appends `size` bytes written by `write` at an offset of the buffer (an object's own
   * copyBytesInto); `write` returns how many it wrote, which must be `size`.
   */
  copyFrom(size: number, write: (buffer: Uint8Array, offset: number) => number): this {
    this.reserve(size);
    const written = write(this.buffer, this.length);
    if (written !== size) throw new Error(`An object wrote ${written} bytes where it said ${size}`);
    this.length += written;
    return this;
  }

  /** A view of what was written so far (valid until the next write). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A copy of what was written, sized exactly. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
