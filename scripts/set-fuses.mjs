// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary before it is signed.
// The settings live in electron/security/fuses.ts, where tests/unit/security/fuses.test.ts holds them to account.
import { flipFuses } from '@electron/fuses';
import { register } from 'tsx/esm/api';

register();
const { FUSES, packagedBinary } = await import('../electron/security/fuses.ts');

export default async function setFuses(context) {
  const binary = packagedBinary(context);
  // An arm64 macOS binary must be signed again once changed, or it will not start.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature });
}
