// Runs anywhere (core): the envelope every renderer → main call resolves to.
// Errors travel in-band because Electron strips custom error classes across IPC.
export const IPC_ERROR_CODES = [
  'invalid-payload', // the request failed its schema
  'forbidden-sender', // the call came from a frame that is not the app's own
  'unknown-method',
  'internal', // the handler threw, or returned something that failed its schema
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcIssue {
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string, issues?: IpcIssue[]): IpcResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Returns the value, or throws an Error whose message names the failure. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  const error = new Error(`${result.error.code}: ${result.error.message}`);
  (error as Error & { ipc: IpcError }).ipc = result.error;
  throw error;
}
