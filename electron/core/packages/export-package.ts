import path from 'node:path';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import { acceptProblem, listProblems, readQualityInputs } from '../curate';
import { withWriteLock, type Db } from '../db';
import { checkExportTarget, writeFileAtomically } from '../export';
import { unlockIdentity } from '../keys';
import { buildPackage } from './build-package';
import { encryptPackage, resolveRecipient } from './package-encryption';

export interface ExportRequest {
  submissionId: string;
  keyId: string;
  passphrase: string;
  path: string;
  acceptProblems?: string | undefined;
  /** Age recipients (age1…), or key ids / fingerprints of keys with one: the package is then encrypted to them. */
  encryptTo?: readonly string[] | undefined;
}

/** Accepts every problem left with one note, for a scripted export; each acceptance is its own undoable edit. */
async function acceptRemaining(db: Db, actor: string, submissionId: string, note: string): Promise<void> {
  for (const problem of listProblems(db, readQualityInputs(db, submissionId)).items)
    if (problem.accepted === null) await acceptProblem(db, actor, submissionId, problem.key, note);
}

/**
 * Signs and writes the submission's package. Refused while a problem is neither fixed nor accepted: a package
 * says its data was checked, and reviewers see the accepted problems with their notes.
 */
export async function exportPackage(db: Db, actor: string, request: ExportRequest) {
  checkExportTarget(request.path, '.mrc.zip');
  const recipients = (request.encryptTo ?? []).map((named) => resolveRecipient(db, named));
  const signer = await unlockIdentity(db, request.keyId, request.passphrase);
  if (request.acceptProblems) await acceptRemaining(db, actor, request.submissionId, request.acceptProblems);
  const inputs = readQualityInputs(db, request.submissionId);
  const open = listProblems(db, inputs).unacceptedProblemCount;
  if (open > 0)
    throw new MrcError('unaccepted-problems', `${open} problems are neither fixed nor accepted: the package is not exported until each one is (or use --accept-problems "NOTE").`, {
      params: { count: open },
    });
  const built = buildPackage(db, inputs, signer);
  const written = recipients.length ? await encryptPackage(Buffer.concat(built.parts), recipients) : built.parts;
  writeFileAtomically(request.path, written);
  const bytes = written instanceof Uint8Array ? written.length : built.size;
  await withWriteLock(db, {}, () =>
    appendAudit(db, { actor, action: 'package.export', entity: `submission:${request.submissionId}`, details: { packageId: built.manifest.id, keyId: request.keyId, file: path.basename(request.path), encryptedTo: recipients } }),
  );
  return { path: request.path, packageId: built.manifest.id, bytes, files: built.manifest.files.length + 2, encrypted: recipients.length > 0 };
}
