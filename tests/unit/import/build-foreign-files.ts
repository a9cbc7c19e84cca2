import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Files written by other programs than SheetJS, as the app meets them: openpyxl (Python), LibreOffice,
 * and Python's zipfile to damage a real workbook the way a cut download or a bad tool does.
 */

const PYTHON = '/usr/bin/python3';

/** Runs a Python script; data too large for a command line goes on its standard input. */
function runPython(script: string, args: readonly string[], input = ''): void {
  const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', input, timeout: 120_000, maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`python failed (${run.status ?? run.error?.message}): ${run.stderr}`);
}

/** Writes an xlsx with openpyxl; a string starting with "=" is a formula, saved without its result as openpyxl does. */
export function writeOpenpyxlWorkbook(dir: string, file: string, sheets: readonly { name: string; rows: unknown[][] }[]): string {
  const target = path.join(dir, file);
  runPython(
    `
import json, sys, openpyxl
book = openpyxl.Workbook()
book.remove(book.active)
for spec in json.load(sys.stdin):
    sheet = book.create_sheet(spec['name'])
    for row in spec['rows']:
        sheet.append(row)
book.save(sys.argv[1])
`,
    [target],
    JSON.stringify(sheets),
  );
  return target;
}

export interface ZipDamage {
  /** Parts left out of the copy. */
  drop?: readonly string[];
  /** A part cut just before the first occurrence of a marker, plus `keep` bytes of it. */
  cut?: { part: string; before: string; keep: number };
  /** A text of a part replaced by another, as a hand-made hostile file does. */
  replace?: { part: string; text: string; by: string };
}

/** Copies a zip with Python's zipfile, leaving parts out, cutting one short or swelling one: a valid zip of a damaged or hostile workbook. */
export function damageZip(source: string, target: string, damage: ZipDamage): string {
  runPython(
    `
import json, sys, zipfile
damage = json.load(sys.stdin)
cut = damage.get('cut')
swell = damage.get('replace')
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if item.filename in damage.get('drop', []):
            continue
        data = zin.read(item.filename)
        if cut and item.filename == cut['part']:
            data = data[: data.index(cut['before'].encode()) + cut['keep']]
        if swell and item.filename == swell['part']:
            data = data.replace(swell['text'].encode(), swell['by'].encode())
        zout.writestr(item.filename, data)
`,
    [source, target],
    JSON.stringify(damage),
  );
  return target;
}

/**
 * Saves a copy of a spreadsheet through LibreOffice with a password, one copy per target (.ods, .xls),
 * as a person does with "Save with password". Needs LibreOffice's Python bridge (uno); takes a few seconds.
 */
export function protectWithLibreOffice(source: string, password: string, targets: readonly string[]): void {
  const profile = fs.mkdtempSync(path.join(path.dirname(source), 'lo-profile-'));
  runPython(
    `
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

source, password, profile = sys.argv[1], sys.argv[2], sys.argv[3]
pipe = 'mrc-test-%d' % os.getpid()
office = subprocess.Popen(['soffice', '--headless', '--norestore', '--invisible', '-env:UserInstallation=file://' + profile,
                           '--accept=pipe,name=%s;urp;' % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for attempt in range(600):
        try:
            context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except Exception:
            time.sleep(0.1)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
    filters = {'.ods': 'calc8', '.xls': 'MS Excel 97'}
    for target in sys.argv[4:]:
        document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', filters[os.path.splitext(target)[1]]), prop('Password', password)))
    document.close(True)
finally:
    office.terminate()
    office.wait(timeout=30)
`,
    [source, password, profile, ...targets],
  );
  fs.rmSync(profile, { recursive: true, force: true });
}
