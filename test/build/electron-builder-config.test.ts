import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/*
 * Installers cannot be built offline, so packaging mistakes would surface only on the release machine. This
 * checks electron-builder.yml against the schema electron-builder itself validates with, plus the settings
 * that matter for security and identity.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const raw = readFileSync(`${root}electron-builder.yml`, 'utf8');
const config = parse(raw) as Configuration;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { productName: string; main: string };

function validator() {
  // electron-builder's schema is generated from TypeScript and uses a few non-standard keywords.
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const validate = validator();
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is rejected by the schema when it contains an unknown key (the check has teeth)', () => {
    const validate = validator();
    expect(validate({ ...config, appID: 'typo' })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } })).toBe(false);
  });

  it('identifies the app consistently with main and package.json', () => {
    expect(config.appId).toBe('app.limber.desktop');
    expect(config.productName).toBe('Limber');
    expect(config.productName).toBe(pkg.productName);
    const main = readFileSync(`${root}electron/main/index.ts`, 'utf8');
    expect(main).toContain(`'${config.appId}'`);
  });

  it('burns the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it("unpacks koffi's native binary from the asar, where the OS can load it, and nothing else", () => {
    const unpack = ([] as string[]).concat((config.asarUnpack as string | string[] | undefined) ?? []);
    expect(unpack.sort()).toEqual(['node_modules/@koromix/koffi-*/**', 'node_modules/koffi/**']);
    // The binary really is in the per-system package that pattern names (here: this machine's).
    const binary = require.resolve(`@koromix/koffi-${process.platform}-${process.arch}/package.json`);
    expect(binary).toMatch(/node_modules\/@koromix\/koffi-/);
  });

  it('packages only the build output, into an asar, and never publishes', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.directories?.output).toBe('dist');
    expect(config.publish).toBeNull();
    expect(raw).toMatch(/^publish: null$/m);
    expect(pkg.main).toMatch(/^out\//);
  });

  it('targets AppImage + deb, dmg and nsis with tray-app settings', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Utility');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.deb?.depends).toContain('libnotify4');
    expect(config.deb?.recommends?.join(' ')).toContain('libappindicator3-1');
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.healthcare-fitness');
    expect((config.mac?.extendInfo as Record<string, unknown> | undefined)?.['LSUIElement']).toBe(true);
    expect(config.win?.target).toEqual(['nsis']);
  });
});
