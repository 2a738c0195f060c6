/**
 * Command-line switches that open a packaged Limber to another program: a remote debugger or Node inspector can
 * read and drive every page and main itself, and `--no-sandbox` takes the renderers out of the OS sandbox. The
 * fuses in electron-builder.yml stop Node's inspector; Chromium's own switches are checked here.
 */
const REFUSED = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'no-sandbox', 'disable-gpu-sandbox', 'disable-web-security'];
const REFUSED_PREFIXES = ['inspect', 'debug'];

/**
 * The refused switches in `argv`, as given. Chromium reads `--x` and `-x` alike (and `/x` on Windows, where
 * switch names are case-insensitive), with an optional `=value`; each spelling is caught.
 */
export function refusedDebugSwitches(argv: readonly string[], platform: string): string[] {
  const windows = platform === 'win32';
  return argv.filter((arg) => {
    const match = (windows ? /^(?:--|-|\/)([^=]+)/ : /^(?:--|-)([^=]+)/).exec(arg);
    if (!match) return false;
    const name = windows ? match[1]!.toLowerCase() : match[1]!;
    return REFUSED.includes(name) || REFUSED_PREFIXES.some((prefix) => name === prefix || name.startsWith(`${prefix}-`) || name.startsWith(`${prefix}=`));
  });
}
