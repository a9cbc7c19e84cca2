import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest, APP_INDEX_URL, APP_SCHEME_PRIVILEGES } from '../../../electron/security/app-protocol';
import { EXTERNAL_LINK_SCHEMES, externalLinkQuestion, externalLinkTarget, OPEN_EXTERNAL_BUTTON } from '../../../electron/security/external-links';
import { importDialogOptions } from '../../../electron/security/file-dialog';
import { holdSingleInstance, type InstanceLock } from '../../../electron/security/single-instance';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let renderer: string;

beforeAll(() => {
  tmp = makeTempDir();
  renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>MRC</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'outside the renderer');
});
afterAll(() => tmp.cleanup());

describe('the renderer is served from app://, not file://', () => {
  it('registers app: as a standard, secure scheme with no extra powers', () => {
    expect(APP_INDEX_URL).toBe('app://mrc/index.html');
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, bypassCSP: false, allowServiceWorkers: false, stream: false },
    });
  });

  it('serves the built files with the CSP and nosniff', async () => {
    const index = await answerAppRequest(renderer, APP_INDEX_URL, 'GET');
    expect(index.status).toBe(200);
    expect(index.body?.toString()).toContain('<title>MRC</title>');
    expect(index.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' });
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    const script = await answerAppRequest(renderer, 'app://mrc/assets/app.js', 'GET');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer, whatever the encoding of the path', async () => {
    for (const url of ['app://mrc/../secret.txt', 'app://mrc/%2e%2e/secret.txt', 'app://mrc/..%2fsecret.txt', 'app://mrc/assets/..%5c..%5csecret.txt', 'app://mrc/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const answer = await answerAppRequest(renderer, url, 'GET');
      expect(answer.body?.toString(), url).not.toContain('outside the renderer');
      expect(answer.body?.toString(), url).not.toMatch(/root:/);
    }
  });

  it('refuses other hosts, other methods and malformed addresses', async () => {
    expect((await answerAppRequest(renderer, 'app://other/index.html', 'GET')).status).toBe(404);
    expect((await answerAppRequest(renderer, 'file:///etc/passwd', 'GET')).status).toBe(404);
    expect((await answerAppRequest(renderer, APP_INDEX_URL, 'POST')).status).toBe(405);
    expect((await answerAppRequest(renderer, 'app://mrc/report-50%', 'GET')).status).toBe(400);
    expect((await answerAppRequest(renderer, 'app://mrc/a%00b', 'GET')).status).toBe(400);
  });
});

describe('links leave the app only by an allowed scheme, after asking', () => {
  it('allows https and mailto only', () => {
    expect(EXTERNAL_LINK_SCHEMES).toEqual(['https:', 'mailto:']);
    expect(externalLinkTarget('https://www.ilo.org/normlex')).toBe('https://www.ilo.org/normlex');
    expect(externalLinkTarget('mailto:central@example.org')).toBe('mailto:central@example.org');
    for (const refused of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:', 'vbscript:x', 'data:text/html,x', 'app://mrc/index.html', 'https://user:pw@example.org', 'not a url', ''])
      expect(externalLinkTarget(refused), refused).toBeNull();
  });

  it('asks first, with Cancel as the default and the escape', () => {
    const question = externalLinkQuestion('https://www.ilo.org/');
    expect(question).toMatchObject({ type: 'question', defaultId: 0, cancelId: 0, detail: 'https://www.ilo.org/' });
    expect(question.buttons[question.defaultId]).toBe('Cancel');
    expect(question.buttons[OPEN_EXTERNAL_BUTTON]).toBe('Open');
  });
});

describe('one copy of the app at a time', () => {
  /** Electron's app as far as the lock goes, with the answer the operating system would give. */
  function appWithLock(granted: boolean) {
    const calls: string[] = [];
    const listeners: (() => void)[] = [];
    const app: InstanceLock = {
      requestSingleInstanceLock: () => (calls.push('request'), granted),
      quit: () => void calls.push('quit'),
      on: (_event, listener) => listeners.push(listener),
    };
    return { app, calls, listeners };
  }

  it('quits a second start at once', () => {
    const second = appWithLock(false);
    expect(holdSingleInstance(second.app, () => undefined)).toBe(false);
    expect(second.calls).toEqual(['request', 'quit']);
    expect(second.listeners).toEqual([]);
  });

  it('lets the first run, and shows its window when another start is attempted', () => {
    const first = appWithLock(true);
    let shown = 0;
    expect(holdSingleInstance(first.app, () => shown++)).toBe(true);
    expect(first.calls).toEqual(['request']);
    first.listeners.forEach((listener) => listener());
    expect(shown).toBe(1);
  });
});

describe('the desktop open dialog', () => {
  it('picks one existing file, no folder, and opens at a dropped file when given one', () => {
    const options = importDialogOptions('/home/expert/laws.xlsx');
    expect(options.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(options.defaultPath).toBe('/home/expert/laws.xlsx');
    expect(options.filters[0]!.extensions).toEqual(['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt']);
    expect(importDialogOptions()).not.toHaveProperty('defaultPath');
  });
});

describe('main.ts wires each setting in', () => {
  const main = fs.readFileSync(path.resolve('electron/main.ts'), 'utf8');

  it('loads the app from app://, never from file://', () => {
    expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(\[APP_SCHEME_PRIVILEGES\]\)/);
    expect(main.indexOf('registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('app.whenReady'));
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME,/);
    expect(main).toMatch(/win\.loadURL\(APP_INDEX_URL\)/);
    expect(main).not.toMatch(/loadFile|file:|pathToFileURL/);
  });

  it('takes the single-instance lock before anything starts', () => {
    expect(main).toMatch(/const running = holdSingleInstance\(app,/);
    expect(main).toMatch(/if \(running\)\s+app\.whenReady\(\)/);
  });

  it('opens links outside only through the allow-list and the question', () => {
    expect(main.match(/shell\.openExternal\(/g)).toHaveLength(1);
    expect(main).toMatch(/const target = externalLinkTarget\(address\);\s+if \(!target\) return;\s+const \{ response \} = await dialog\.showMessageBox\(win, externalLinkQuestion\(target\)\);\s+if \(response === OPEN_EXTERNAL_BUTTON\) await shell\.openExternal\(target\);/);
  });

  it('checks the sender of every IPC call, and lets a window open or write only files from its own dialogs', () => {
    expect(main.match(/ipcMain\.handle\(/g)).toHaveLength(3);
    expect(main.match(/if \(!fromAppPage\(event\)/g)).toHaveLength(3);
    expect(main).toMatch(/chooseExportPath\(\(options\) => dialog\.showSaveDialog\(win, options\), chosenFiles, event\.sender\.id, suggested\)/);
    expect(main).toMatch(/unchosenFileRefusal\(String\(method\), input, \(file\) => chosenFiles\.allows\(event\.sender\.id, file\)\)/);
    expect(main).toMatch(/chosenFiles\.record\(event\.sender\.id, chosen\)/);
    expect(main).toMatch(/win\.on\('closed', \(\) => chosenFiles\.forget\(contentsId\)\)/);
  });
});
