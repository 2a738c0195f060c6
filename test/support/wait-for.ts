/**
 * Waits for a condition, however long the machine takes; the test's own timeout is the only limit. Tests use
 * this instead of sleeping for a fixed time, which passes or fails with the machine's speed.
 */
export async function waitFor(condition: () => boolean, pollMs = 10): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
