import { prefetchPermission } from './adapters/github/prefetch';
import { handOverSecrets } from './shared/handover';

// The tokens leave the process environment before anything else happens (the process image is replaced, with
// the same pid, by one started without them; see handover.ts), so that no script can read them from
// /proc/<pid>/environ.
handOverSecrets();

// The permission lookup goes out first; the rest of the action loads while GitHub answers it.
const prefetched = prefetchPermission();
const loadRest = () => import('./action/main').then(({ run }) => run(prefetched));
void Promise.race([prefetched?.sent, new Promise((resolve) => setTimeout(resolve, 50))]).then(loadRest);
