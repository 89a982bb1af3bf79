// Runs in Node (tests): the child process of the SIGKILL test. Opens (or creates) a
// workspace through the real store and applies commands as fast as it can, printing
// `ACK <revision>` only after each has been acknowledged (flushed to disk). Small
// thresholds make it rewrite the snapshot, trim the journal and take backups all the
// time, so the kills land in every phase.
import { readFileSync } from 'node:fs';
import type { Workspace } from '../../../core/model/workspace';
import { WorkspaceStore } from '../../../electron/store/workspace-store';

const [file, initialFile] = process.argv.slice(2) as [string, string];
const initial = JSON.parse(readFileSync(initialFile, 'utf8')) as Workspace;
const { store, report } = await WorkspaceStore.open(file, {
  author: 'crash-test',
  create: { title: 'Crash test', initial },
  idleCompactionMs: 1,
  compactAfterEntries: 4,
  backupEveryMs: 0,
});
process.stdout.write(`READY ${store.revision} ${report.outcome} ${report.setAside.length}\n`);

for (;;) {
  const revision = store.revision + 1;
  const command =
    revision % 2 === 0
      ? { type: 'add', collection: 'glossaryTerms', value: { id: `k${revision}`, term: { zh: `术语${revision}`, en: `term ${revision}` }, note: {}, forbidden: {} } }
      : { type: 'setTranslation', segmentId: 'seg-overview-intro', language: 'en', text: `value ${revision}`, status: 'translated' };
  const result = await store.apply(command);
  if (!result.ok) {
    process.stderr.write(`refused: ${result.error.message}\n`);
    process.exit(3);
  }
  process.stdout.write(`ACK ${result.revision}\n`);
}
