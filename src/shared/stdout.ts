/** Writes the script's bytes to stdout; when the pipe is full, the promise waits for it to drain. */
export function writeStdout(chunk: Buffer): void | Promise<void> {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
