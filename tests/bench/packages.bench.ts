/**
 * Package benchmark: `npm run bench -- packages`.
 *   1. Hashing and signing a package whose sources weigh 200 MB (the Demoland sample plus four 50 MB source
 *      files), written to disk, against `sha256sum` over the same source files in the same run: target ≥ 0.8×
 *      its throughput. The identity is unlocked once before timing: the passphrase's scrypt is not hashing.
 *   2. Verifying 1,000 small packages (copies of the Demoland package): target under 10 s.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../electron/core/api';
import { readQualityInputs } from '../../electron/core/curate';
import { writeFileAtomically } from '../../electron/core/export';
import { unlockIdentity } from '../../electron/core/keys';
import { buildPackage, verifyPackage } from '../../electron/core/packages';
import { openWorkspace } from '../../electron/core/workspace/workspace';
import { makeTempDir } from '../unit/temp-dir';

const SOURCE_FILES = 4;
const SOURCE_BYTES = 50 * 1024 * 1024;
const SMALL_PACKAGES = 1_000;
const PASSPHRASE = 'correct horse battery staple';

const tmp = makeTempDir();
const ws = openWorkspace(path.join(tmp.dir, 'ws'));
const api = createApi(ws);
const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
console.log(`load average when starting: ${load} on ${os.cpus().length} cores`);

const submission = await api['samples.open']({ locale: 'en' });
const ana = await api['keys.create']({ name: 'Ana Pérez', org: 'Universidad de Demoland', email: null, role: 'expert', passphrase: PASSPHRASE });
const signer = await unlockIdentity(ws.db, ana.keyId, PASSPHRASE);

// Four large originals, as if imported: a source row each and a committed import that names it.
const sourceDir = path.join(tmp.dir, 'sources');
fs.mkdirSync(sourceDir);
const template = ws.db.prepare("SELECT sheet, layout, mapping FROM imports WHERE submission_id = ? AND status = 'committed' LIMIT 1").get(submission.id) as { sheet: string; layout: string; mapping: string };
for (let i = 0; i < SOURCE_FILES; i++) {
  const bytes = randomBytes(SOURCE_BYTES);
  const name = `large-source-${i + 1}.xlsx`;
  fs.writeFileSync(path.join(sourceDir, name), bytes);
  ws.db.transaction(() => {
    const sha = execFileSync('sha256sum', [path.join(sourceDir, name)], { encoding: 'utf8' }).split(' ')[0]!;
    const source = ws.db.prepare('INSERT INTO sources (name, sha256, size, bytes, added_at) VALUES (?, ?, ?, ?, ?)').run(name, sha, bytes.length, bytes, new Date().toISOString());
    ws.db
      .prepare("INSERT INTO imports (id, submission_id, source_id, kind, sheet, layout, mapping, status, created_at, committed_at) VALUES (?, ?, ?, 'evidence', ?, ?, ?, 'committed', ?, ?)")
      .run(randomUUID(), submission.id, source.lastInsertRowid, template.sheet, template.layout, template.mapping, new Date().toISOString(), new Date().toISOString());
  })();
}
const totalBytes = SOURCE_FILES * SOURCE_BYTES;

function best(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

const files = fs.readdirSync(sourceDir).map((f) => path.join(sourceDir, f));
const sha256sumMs = best(3, () => execFileSync('sha256sum', files));
const packageFile = path.join(tmp.dir, 'large.mrc.zip');
const packageMs = best(3, () => {
  const built = buildPackage(ws.db, readQualityInputs(ws.db, submission.id), signer);
  writeFileAtomically(packageFile, built.parts);
});
const mbps = (ms: number) => totalBytes / 1024 / 1024 / (ms / 1000);
const ratio = sha256sumMs / packageMs;
console.log(`sha256sum over ${SOURCE_FILES} source files of ${SOURCE_BYTES / 1024 / 1024} MB: ${sha256sumMs.toFixed(0)} ms (${mbps(sha256sumMs).toFixed(0)} MB/s)`);
console.log(
  `hash, sign and write the package (${(fs.statSync(packageFile).size / 1024 / 1024).toFixed(0)} MB): ${packageMs.toFixed(0)} ms (${mbps(packageMs).toFixed(0)} MB/s), ${ratio.toFixed(2)}× sha256sum (target ≥ 0.8×): ${ratio >= 0.8 ? 'meets the target' : 'MISSES the target'}`,
);

// 1,000 small packages: the Demoland sample alone, without the large sources.
ws.db.prepare("DELETE FROM imports WHERE source_id IN (SELECT id FROM sources WHERE name LIKE 'large-source-%')").run();
const small = path.join(tmp.dir, 'small.mrc.zip');
writeFileAtomically(small, buildPackage(ws.db, readQualityInputs(ws.db, submission.id), signer).parts);
const inbox = path.join(tmp.dir, 'inbox');
fs.mkdirSync(inbox);
for (let i = 0; i < SMALL_PACKAGES; i++) fs.copyFileSync(small, path.join(inbox, `p${i}.mrc.zip`));
const started = performance.now();
let ok = 0;
for (const name of fs.readdirSync(inbox)) if ((await verifyPackage(ws.db, path.join(inbox, name))).result.ok) ok++;
const verifyMs = performance.now() - started;
console.log(
  `verify ${SMALL_PACKAGES} packages of ${(fs.statSync(small).size / 1024).toFixed(0)} KB: ${verifyMs.toFixed(0)} ms (${(verifyMs / SMALL_PACKAGES).toFixed(1)} ms each), ${ok} valid (target < 10 s): ${verifyMs < 10_000 ? 'meets the target' : 'MISSES the target'}`,
);
ws.close();
tmp.cleanup();
