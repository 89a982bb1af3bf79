import { readFileSync, writeFileSync } from 'node:fs';
import { typeset } from './core/render/typeset-to-pdf';
import { loadEngineAssets } from './electron/fonts/load-engine-assets';
for (const name of process.argv.slice(2)) {
  const r = await typeset(JSON.parse(readFileSync(`tests/fixtures/typeset/${name}.json`, 'utf8')), loadEngineAssets());
  writeFileSync(`/tmp/12t/${name}.pdf`, r.pdf);
}
