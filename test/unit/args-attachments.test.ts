import { checkDownloadUrl } from '../../src/args/attachments';

const policy = {
  serverUrl: 'https://github.com',
  repository: 'isaacphysics/scripts',
  allowedHosts: ['files.example.org', 'data.example.net:8443'],
};

describe('checkDownloadUrl', () => {
  it.each([
    'https://github.com/user-attachments/files/17/image_attribution.csv',
    'https://github.com/user-attachments/assets/0a1b2c3d',
    'https://github.com/isaacphysics/scripts/files/123/spec.csv',
    'https://github.com/someone-else/their.repo/files/9/data.json',
    'https://GitHub.com/user-attachments/files/1/x.csv',
    'https://github.com:443/user-attachments/files/1/x.csv',
    'https://github.com/user-attachments/files/1/my%20file.csv',
    'https://github.com/user-attachments/files/1/x.csv?download=1',
    'https://files.example.org/exports/today.csv',
    'https://FILES.example.org/a.csv',
    'https://data.example.net:8443/a.csv',
  ])('allows %s', (url) => {
    expect(checkDownloadUrl(url, policy)).toBeUndefined();
  });

  it.each([
    ['https://github.com.evil.com/user-attachments/files/1/x.csv', 'github.com.evil.com'],
    ['https://evil.com/user-attachments/files/1/x.csv', 'evil.com'],
    ['https://sub.files.example.org/a.csv', 'sub.files.example.org'],
    ['https://files.example.org.evil.com/a.csv', 'files.example.org.evil.com'],
    ['https://api.github.com/user-attachments/files/1/x.csv', 'api.github.com'],
  ])('refuses a host that is not allowed: %s', (url, host) => {
    const problem = checkDownloadUrl(url, policy)!;
    expect(problem.message).toBe(
      `The link \`${url}\` cannot be downloaded: \`${host}\` is not a host the dispatcher downloads from.`,
    );
    expect(problem.fix).toContain('Attach the file to the issue');
    expect(problem.fix).toContain(`add \`${host}\` to \`allowed-download-hosts\``);
  });

  it('refuses user info, hiding it from the message', () => {
    for (const url of [
      'https://user@github.com/user-attachments/files/1/x.csv',
      'https://user:secret@github.com/user-attachments/files/1/x.csv',
      'https://github.com@evil.com/user-attachments/files/1/x.csv',
    ]) {
      const problem = checkDownloadUrl(url, policy)!;
      expect(problem.message).toContain('contains a user name or password');
      expect(problem.message).not.toContain('secret');
    }
  });

  it.each([
    'https://github.com/login',
    'https://github.com/user-attachments/../login',
    'https://github.com/user-attachments/%2e%2e/login',
    'https://github.com/user-attachments/%2E%2E/%2E%2E/login',
    'https://github.com/user-attachments/files/%2F..%2F..%2Flogin',
    'https://github.com/user-attachments/files/..%5C..%5Clogin',
    'https://github.com/user-attachments/',
    'https://github.com/user-attachments',
    'https://github.com/owner/repo/files/',
    'https://github.com/owner/repo/issues/1',
    'https://github.com/owner/files/1/x.csv',
    'https://github.com/owner/repo/blob/main/x.csv',
    'https://github.com/-owner/repo/files/1/x.csv',
    'https://github.com/owner/../files/1/x.csv',
  ])('refuses a path on the GitHub host that is not an attachment: %s', (url) => {
    const problem = checkDownloadUrl(url, policy)!;
    expect(problem).toBeDefined();
    expect(problem.message).toContain('is on `github.com` but is not a file attached to an issue');
  });

  it('refuses plain http, other ports and other schemes', () => {
    expect(checkDownloadUrl('http://github.com/user-attachments/files/1/x.csv', policy)!.message).toContain(
      'links to `github.com` must use https on its usual port',
    );
    expect(
      checkDownloadUrl('https://github.com:8443/user-attachments/files/1/x.csv', policy)!.message,
    ).toContain('must use https on its usual port');
    expect(checkDownloadUrl('http://files.example.org/a.csv', policy)!.message).toContain(
      '`files.example.org` is only downloaded from over https',
    );
    expect(checkDownloadUrl('https://files.example.org:444/a.csv', policy)!.message).toContain(
      'is allowed only on its usual port',
    );
    expect(checkDownloadUrl('https://data.example.net/a.csv', policy)!.message).toContain(
      'is allowed only on its port 8443',
    );
    expect(checkDownloadUrl('ftp://files.example.org/a.csv', policy)).toBeDefined();
    expect(checkDownloadUrl('file:///etc/passwd', policy)).toBeDefined();
  });

  it('refuses a link that is not a URL', () => {
    expect(checkDownloadUrl('not a link', policy)!.message).toBe('`not a link` is not a valid link.');
  });

  it('hides query strings from messages', () => {
    const problem = checkDownloadUrl('https://evil.com/x.csv?token=abc', policy)!;
    expect(problem.message).not.toContain('abc');
  });

  it('follows the server URL of GitHub Enterprise Server, with its scheme and port', () => {
    const ghes = { ...policy, serverUrl: 'http://github.localhost:8080', allowedHosts: [] };
    expect(
      checkDownloadUrl('http://github.localhost:8080/user-attachments/files/1/x.csv', ghes),
    ).toBeUndefined();
    expect(
      checkDownloadUrl('https://github.localhost:8080/user-attachments/files/1/x.csv', ghes),
    ).toBeDefined();
    expect(checkDownloadUrl('http://github.localhost/user-attachments/files/1/x.csv', ghes)).toBeDefined();
    expect(checkDownloadUrl('https://github.com/user-attachments/files/1/x.csv', ghes)).toBeDefined();
  });

  it('accepts allowed hosts written as URLs, and only https to them', () => {
    const withUrl = { ...policy, allowedHosts: ['https://files.example.org/'] };
    expect(checkDownloadUrl('https://files.example.org/a.csv', withUrl)).toBeUndefined();
  });
});
