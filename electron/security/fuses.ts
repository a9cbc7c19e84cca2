import path from 'node:path';
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron's fuses, flipped in the packaged binary (scripts/set-fuses.mjs, electron-builder's afterPack):
 * the app cannot be run as plain Node, nor take Node options or an inspector from its command line or
 * environment; it loads its code only from its own asar archive; cookies are encrypted at rest; file://
 * keeps no extra privileges, since the renderer is served from app://.
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: false,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/** What electron-builder tells an afterPack hook, as far as the fuses need it. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The packaged Electron binary whose fuses are flipped (on macOS, the .app; the library inside it is found from there). */
export function packagedBinary(context: PackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName ?? name);
}
