import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCalendarExport } from '../../../electron/itinerary/export-calendar';
import { cleanItinerary, VISIT } from '../../fixtures/itinerary/itinerary-fixture';

vi.mock('electron', () => import('../fake-electron'));

describe('exportCalendar in the main process', () => {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-calendar-'));
  const options = (chosen: string | undefined) => ({
    workspace: () => cleanItinerary(),
    language: async () => 'en' as const,
    window: () => undefined,
    chooseFile: async (name: string) => (chosen === undefined ? undefined : join(chosen, name)),
  });

  it('builds the calendar from main’s own workspace and writes it where the user chose', async () => {
    const outcome = await createCalendarExport(options(folder))({ visitId: VISIT, language: 'fr' });
    expect(outcome).toMatchObject({ status: 'saved', events: 2 });
    const path = (outcome as { fileName: string }).fileName;
    expect(path).toBe(join(folder, `${VISIT}-draft.fr.ics`));
    expect(readFileSync(path, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('reports a cancelled dialog and an unknown visit without writing', async () => {
    expect(await createCalendarExport(options(undefined))({ visitId: VISIT, language: 'fr' })).toEqual({ status: 'cancelled' });
    expect(await createCalendarExport(options(folder))({ visitId: 'vis-nowhere', language: 'fr' })).toEqual({ status: 'failed', message: 'No visit has the id "vis-nowhere"' });
  });
});
