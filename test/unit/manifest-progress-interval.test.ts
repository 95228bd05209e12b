import { ManifestError } from '../../src/errors';
import { parseManifest } from '../../src/manifest/load';

const manifest = (top: string) =>
  ['version: 1', top, 'scripts:', '  hello:', '    command: [echo, hi]'].filter(Boolean).join('\n') + '\n';

describe('progress-interval', () => {
  it('is 15 seconds by default and takes what the manifest sets', () => {
    expect(parseManifest(manifest(''), 'm.yml').progressIntervalSeconds).toBe(15);
    expect(parseManifest(manifest('progress-interval: 30'), 'm.yml').progressIntervalSeconds).toBe(30);
  });

  it('refuses less than 5 seconds, saying so', () => {
    let error: unknown;
    try {
      parseManifest(manifest('progress-interval: 2'), 'm.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ManifestError);
    expect(String((error as Error).message)).toContain('progress-interval');
  });
});
