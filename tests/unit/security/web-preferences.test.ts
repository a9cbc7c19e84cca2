import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl, secureWebPreferences } from '../../../electron/security/web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/content-security-policy';

describe('the desktop window is hardened', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('answers IPC only from the app page itself, on its app:// origin', () => {
    const app = 'app://mrc/index.html';
    expect(isTrustedSenderUrl(app, app)).toBe(true);
    expect(isTrustedSenderUrl('app://mrc/index.html#/submissions', app)).toBe(true);
    expect(isTrustedSenderUrl('app://mrc/other.html', app)).toBe(false);
    expect(isTrustedSenderUrl('app://evil/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/mrc/dist/renderer/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/mrc/dist/renderer/index.html', 'file:///opt/mrc/dist/renderer/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/index.html', app)).toBe(false);
    expect(isTrustedSenderUrl(undefined, app)).toBe(false);
    expect(isTrustedSenderUrl('not a url', app)).toBe(false);
  });

  it('has a content security policy that loads nothing remote and runs no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
