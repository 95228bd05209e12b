import { startWorld } from '../test/support/world';
const w = await startWorld({ manifest: 'version: 1\nscripts: {}\n' });
console.log(w.fake.apiUrl, w.artifacts.url);
await w.close();
