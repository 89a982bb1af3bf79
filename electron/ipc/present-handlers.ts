// Runs in the main process: the projector actions of the contract.
import type { Handlers } from '../../core/ipc/contract';
import type { AudienceWindows } from '../present/audience-window';

type PresentHandlers = Pick<Handlers, 'presentOpenAudience' | 'presentCloseAudience'>;

export function createPresentHandlers(audience: AudienceWindows): PresentHandlers {
  return {
    presentOpenAudience: (request) => audience.open(request),
    presentCloseAudience: () => audience.close(),
  };
}
