import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSES, packagedBinary } from '../../../electron/security/fuses';
import { makeTempDir } from '../temp-dir';

/** Where @electron/fuses finds the fuse wire in an Electron binary: after this sentinel, a version byte and a length. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's state in the wire: the characters '1' and '0'. */
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir();
});
afterAll(() => tmp.cleanup());

/**
 * A stand-in for the packaged binary (the Electron runtime cannot be downloaded here): bytes around a fuse wire
 * laid out as Electron's, with Electron's defaults — RunAsNode, NODE_OPTIONS, the inspector and file:// privileges
 * on; cookie encryption, asar integrity and asar-only loading off.
 */
function binaryWithDefaultFuses(file: string): void {
  const defaults = '10110001';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.alloc(4096, 9)]));
}

describe("Electron's fuses at packaging", () => {
  it('turns RunAsNode, NODE_OPTIONS and the inspector off, cookie encryption and asar-only loading on', () => {
    expect(FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('finds the binary electron-builder packed, on each platform', () => {
    const packager = { appInfo: { productFilename: 'Migrant Rights Curator' }, executableName: 'migrant-rights-curator' };
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe('/out/migrant-rights-curator');
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe('/out/Migrant Rights Curator.exe');
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe('/out/Migrant Rights Curator.app');
  });

  it('is flipped by the afterPack hook electron-builder.yml names, in a binary laid out as Electron\'s', async () => {
    const builderConfig = fs.readFileSync(path.resolve('electron-builder.yml'), 'utf8');
    expect(builderConfig).toMatch(/^afterPack: \.\/scripts\/set-fuses\.mjs$/m);
    expect(builderConfig).toMatch(/^asar: true$/m);
    const appOutDir = path.join(tmp.dir, 'linux-unpacked');
    binaryWithDefaultFuses(path.join(appOutDir, 'migrant-rights-curator'));
    const context = { appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Migrant Rights Curator' }, executableName: 'migrant-rights-curator' } };
    // The hook runs as electron-builder runs it: a plain Node ES module, outside the test runner.
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const { default: hook } = await import(${JSON.stringify(path.resolve('scripts/set-fuses.mjs'))}); await hook(${JSON.stringify(context)});`],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'migrant-rights-curator'));
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: OFF,
      [FuseV1Options.EnableCookieEncryption]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: OFF,
      [FuseV1Options.OnlyLoadAppFromAsar]: ON,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
    });
  });
});
