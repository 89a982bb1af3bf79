// Runs anywhere (core): base64 decoding (core has no atob or Buffer).
const VALUES = new Int16Array(256).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['-'.charCodeAt(0)] = 62; // base64url
VALUES['_'.charCodeAt(0)] = 63;

/** Decodes base64 (standard or URL alphabet); whitespace is ignored, anything else throws. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let bits = 0;
  let value = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '='
    if (code === 32 || code === 10 || code === 13 || code === 9) continue;
    const v = code < 256 ? VALUES[code]! : -1;
    if (v < 0) throw new Error(`invalid base64 character at ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}
