// Runs anywhere (core): an image block's picture: bytes from a data URL or from the
// host (for a path), its format from its signature and its size from its header.
import { decodeBase64 } from './base64';

export interface DecodedImage {
  format: 'png' | 'jpeg';
  bytes: Uint8Array;
  /** Pixel size. */
  width: number;
  height: number;
}

function u16(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!;
}
function u32(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
}

/** Reads format and pixel size, or explains why the bytes are not a usable PNG or JPEG. */
export function sniffImage(bytes: Uint8Array): DecodedImage | string {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const width = u32(bytes, 16);
    const height = u32(bytes, 20);
    if (!width || !height) return 'the PNG header has no size';
    return { format: 'png', bytes, width, height };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return 'the JPEG is damaged';
      const marker = bytes[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const length = u16(bytes, i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(bytes, i + 5);
        const width = u16(bytes, i + 7);
        if (!width || !height) return 'the JPEG header has no size';
        return { format: 'jpeg', bytes, width, height };
      }
      i += 2 + length;
    }
    return 'the JPEG has no frame header';
  }
  return 'only PNG and JPEG pictures are supported';
}

/** Bytes of `src`: decoded from a data URL, or asked of the host for a path. */
export function imageBytes(src: string, resolve?: (src: string) => Uint8Array | undefined): Uint8Array | string {
  const data = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(src);
  if (data) {
    if (!data[2]) return 'only base64 data URLs are supported';
    try {
      return decodeBase64(data[3]!);
    } catch (error) {
      return `the data URL is not valid base64 (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  if (!resolve) return 'pictures given by path need a host that can read files';
  return resolve(src) ?? 'the file could not be read';
}
