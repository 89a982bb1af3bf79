// Runs anywhere (core): dates as the Info dictionary (D:YYYYMMDDHHmmSSZ) and XMP
// (ISO 8601) spell them, in UTC so the same instant reads the same on every host.

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function pdfDate(date: Date): string {
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

export function xmpDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`;
}
