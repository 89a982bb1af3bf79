// Runs anywhere (core): validate a call against the contract, run its handler, validate
// the answer. Main and the browser host both go through here, so they cannot drift.
import type { z } from 'zod';
import { formatIssuePath } from '../issue-path';
import { contract, type Handlers, type MethodName, type ResponseOf } from './contract';
import { fail, ok, type IpcIssue, type IpcResult } from './ipc-result';

function issuesOf(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path, { root: '', whole: '(payload)' }),
    message: issue.message,
  }));
}

export async function dispatch<M extends MethodName>(
  handlers: Handlers,
  method: M | string,
  payload: unknown,
): Promise<IpcResult<ResponseOf<M>>> {
  if (!Object.prototype.hasOwnProperty.call(contract, method)) {
    return fail('unknown-method', `No action named "${method}"`);
  }
  const entry = contract[method as M];
  const request = entry.request.safeParse(payload);
  if (!request.success) {
    return fail('invalid-payload', `Invalid payload for ${entry.channel}`, issuesOf(request.error));
  }
  let value: unknown;
  try {
    const handler = handlers[method as M] as (request: unknown) => unknown;
    value = await handler(request.data);
  } catch (error) {
    return fail('internal', `${entry.channel} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const response = entry.response.safeParse(value);
  if (!response.success) {
    return fail('internal', `${entry.channel} returned an invalid response`, issuesOf(response.error));
  }
  return ok(response.data as ResponseOf<M>);
}
