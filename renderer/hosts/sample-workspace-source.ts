// Runs in the browser host: the bundled sample workspace, fetched only when it is needed
// (first start, "open sample"), as its own chunk. A build made before the sample was
// generated has none, and says so instead of failing.
const samples = import.meta.glob<unknown>('../../assets/sample-workspace/sample-workspace.json', { import: 'default' });

export async function loadSampleWorkspace(): Promise<unknown | null> {
  const load = Object.values(samples)[0];
  return load ? await load() : null;
}
