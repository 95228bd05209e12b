import { prefetchPermission } from './adapters/github/prefetch';

// The permission lookup goes out first; the rest of the action loads while GitHub answers it.
const prefetched = prefetchPermission();
const loadRest = () => import('./action/main').then(({ run }) => run(prefetched));
void Promise.race([prefetched?.sent, new Promise((resolve) => setTimeout(resolve, 50))]).then(loadRest);
