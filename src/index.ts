import { prefetchPermission } from './adapters/github/prefetch';
import { handOverSecrets } from './shared/handover';

// The tokens leave the process environment before anything else happens (the process image is replaced, with
// the same pid, by one started without them; see handover.ts), so that no script can read them from
// /proc/<pid>/environ. The new image also gets a small young generation: the action mostly moves bytes
// (script output to the log, outputs into a zip), which otherwise grows the heap by some 50 MB of short-lived
// chunks (`npm run bench`, peak memory, measures this).
handOverSecrets(undefined, { nodeOptions: ['--max-semi-space-size=1'] });

// The permission lookup goes out first; the rest of the action loads while GitHub answers it.
const prefetched = prefetchPermission();
const loadRest = () => import('./action/main').then(({ run }) => run(prefetched));
void Promise.race([prefetched?.sent, new Promise((resolve) => setTimeout(resolve, 50))]).then(loadRest);
