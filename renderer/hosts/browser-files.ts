// Runs in the browser host: the browser's stand-ins for file dialogs: "open" picks a
// local JSON file to import, "save as" downloads the workspace as a JSON file, and an
// exported pack is downloaded as a PDF.

export interface PickedFile {
  name: string;
  text: string;
}

/** Shows the browser's file picker; null when the user cancels. */
export function pickJsonFile(doc: Document): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        file.text().then((text) => resolve({ name: file.name, text }), reject);
      },
      { once: true },
    );
    input.click();
  });
}

export function downloadJson(doc: Document, name: string, text: string): void {
  downloadBlob(doc, name, new Blob([text], { type: 'application/json' }));
}

export function downloadPdf(doc: Document, name: string, bytes: Uint8Array): void {
  downloadBlob(doc, name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
}

export function downloadCalendar(doc: Document, name: string, text: string): void {
  downloadBlob(doc, name, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
}

function downloadBlob(doc: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
