// Makes sure what the tests need beyond npm is here: git, and Jupyter (nbclient, ipykernel, nbconvert) for the
// system's python3, which the notebook tests run. As root with apt-get (CI, a fresh machine), it installs the
// missing Debian packages; otherwise it says what to install and fails.
import { execFileSync, spawnSync } from 'node:child_process';

const PYTHON = '/usr/bin/python3';
const JUPYTER = ['python3-nbclient', 'python3-ipykernel', 'python3-nbconvert', 'jupyter-nbconvert'];

const works = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const missing = [];
if (!works('git', ['--version'])) missing.push('git');
if (!works(PYTHON, ['-c', 'import nbclient, ipykernel, nbconvert'])) {
  if (!works(PYTHON, ['--version'])) missing.push('python3');
  missing.push(...JUPYTER);
}
if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && works('apt-get', ['--version'])) {
    console.log(`Installing what the tests need: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } else {
    console.error(
      `The tests need ${missing.join(', ')} (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}).`,
    );
    process.exit(1);
  }
}
