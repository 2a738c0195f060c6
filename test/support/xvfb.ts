import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A real X server (Debian's `xvfb`) on a free display number, which Xvfb picks and reports through -displayfd. */
export async function startXvfb(): Promise<{ display: string; stop(): Promise<void> }> {
  const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', (line) => resolve(line.trim()));
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return {
    display: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}
