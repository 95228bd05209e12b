// Preloaded into the action's process (NODE_OPTIONS=--import=...): resolves every `*.localhost` host name
// to 127.0.0.1, as browsers and curl do, so a GITHUB_SERVER_URL like http://github.localhost:PORT reaches
// the local fake GitHub. Nothing else is changed.
import dns from 'node:dns';

const isLocalhost = (hostname) => typeof hostname === 'string' && /(^|\.)localhost\.?$/i.test(hostname);

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  if (!isLocalhost(hostname)) return originalLookup.call(this, hostname, options, callback);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof options === 'number') options = { family: options };
  if (options && options.all) {
    process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
  } else {
    process.nextTick(callback, null, '127.0.0.1', 4);
  }
  return {};
};

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = async function lookup(hostname, options) {
  if (!isLocalhost(hostname)) return originalPromisesLookup.call(this, hostname, options);
  const all = typeof options === 'object' && options !== null && options.all;
  return all ? [{ address: '127.0.0.1', family: 4 }] : { address: '127.0.0.1', family: 4 };
};
