import { parseArgs } from 'node:util';
import { busyTimeoutMs, defaultWorkspaceDir, silentLogger, WAITING_FOR_WRITER } from './core';
import { openEngine, type Engine } from './engine/engine';
import type { Progress, Submission } from '../shared/domain';
import { auditCommand } from './cli/audit-command';
import { call, UsageError, type CliIo, type Flags } from './cli/call-api';
import { importAdminCommand, isImportAdminAction } from './cli/import-admin-command';
import { importCommand } from './cli/import-command';
import { keysCommand } from './cli/keys-command';
import { exportCommand, verifyCommand } from './cli/package-commands';
import { exportXlsxCommand, problemsCommand } from './cli/quality-command';
import { reconcileCommand } from './cli/reconcile-command';
import { reportFailure } from './cli/report-failure';
import { workspaceCheckCommand } from './cli/workspace-command';

const USAGE = `usage: mrc <command> [options] [--workspace DIR] [--json]

  init                                         create (or open) the workspace
  workspace check                              full integrity check of the workspace (exit 1 when damaged)
  schema list                                  installed indicator schemas
  schema show [SCHEMA[@VERSION]]               a schema's domains and indicators
  submission create --country ISO3 --year YYYY [--schema SCHEMA[@VERSION]]
  submission list
  import FILE --submission ID [--kind answers|evidence|ratifications] [--sheet NAME] [--mapping NAME] [--commit]
  import list [--submission ID] [--all]       staged imports waiting for a commit or abandon (--all: every import)
  import commit IMPORT_ID [--choice keep-existing|take-imported]
  import abandon IMPORT_ID                     close a staged import without committing it
  reconcile --submission ID                    what still needs a decision, with candidates
  audit verify                                 checks the audit log's hash chain (exit 1 naming the first broken entry)
  keys create --name N --org O [--email E] [--role expert|reviewer|central]
                                               a signing key and an age key, sealed under a passphrase (MRC_PASSPHRASE or a prompt)
  keys list                                    own identities and the keyring: fingerprints, minisign keys, age recipients, trust
  keys import FILE                             adds a minisign .pub or a contact card to the keyring, untrusted
  keys trust KEY_ID --fingerprint F --role R   trusts a key once its fingerprint was checked with its owner
  keys export KEY_ID [--out FILE]              an own identity's contact card (public keys only)
  export --submission ID --out FILE.mrc.zip [--key KEY_ID] [--accept-problems NOTE] [--encrypt-to RECIPIENT]...
                                               the signed package of a submission (refused while a problem is open);
                                               encrypted with age to each age1… recipient or key id of the keyring
  verify PACKAGE|FOLDER...                     one line (or JSON object) per package; exit 1 if any is refused

  problems --submission ID                     invalid values, flagged rows, unjustified changes, disagreements
  export-xlsx --submission ID --out FILE.xlsx  the submission as a workbook: answers, evidence, ratifications`;

export type { CliIo } from './cli/call-api';

function submissionLine(s: Submission): string {
  return `${s.id}  ${s.country}  ${s.year}  ${s.schemaId}@${s.schemaVersion}  ${s.status}  ${s.answered}/${s.indicatorCount} answered  ${s.countryName}`;
}

function splitSchemaRef(ref: string | undefined): { id?: string; version?: string } {
  if (!ref) return {};
  const [id, version] = ref.split('@');
  return { ...(id ? { id } : {}), ...(version ? { version } : {}) };
}

async function run(command: string[], flags: Flags, engine: Engine, io: CliIo): Promise<void> {
  const json = flags.json === true;
  const print = (value: unknown, human: () => string) => io.out(json ? JSON.stringify(value, null, 2) : human());
  const [group, action, arg] = command;
  if (group === 'init' && action === undefined) {
    const info = await call(engine, 'workspace.info', {});
    const { check } = engine.workspace;
    const checked = check ? `, quick check ${Math.round(check.ms)} ms` : '';
    return print(info, () => `workspace ready: ${info.path} (format ${info.formatVersion}${checked})`);
  }
  if (group === 'schema' && action === 'list' && arg === undefined) {
    const schemas = await call(engine, 'schemas.list', {});
    return print(schemas, () =>
      schemas.map((s) => `${s.id}@${s.version}  ${s.indicatorCount} indicators in ${s.domainCount} domains  ${s.title}`).join('\n'),
    );
  }
  if (group === 'schema' && action === 'show') {
    const { id, version } = splitSchemaRef(arg);
    const schema = await call(engine, 'schemas.get', { id: id ?? 'mri-core', ...(version ? { version } : {}) });
    return print(schema, () =>
      [`${schema.id}@${schema.version}  ${schema.title}`]
        .concat(schema.indicators.map((i) => `${i.code.padEnd(8)} ${i.dimension.padEnd(8)} ${i.question}`))
        .join('\n'),
    );
  }
  if (group === 'submission' && action === 'create' && arg === undefined) {
    if (typeof flags.country !== 'string' || typeof flags.year !== 'string')
      throw new UsageError('submission create needs --country ISO3 and --year YYYY');
    if (!/^\d{4}$/.test(flags.year)) throw new UsageError(`--year must be a four-digit year, not "${flags.year}"`);
    const { id, version } = splitSchemaRef(typeof flags.schema === 'string' ? flags.schema : undefined);
    const created = await call(engine, 'submissions.create', {
      country: flags.country.toUpperCase(),
      year: Number(flags.year),
      ...(id ? { schemaId: id } : {}),
      ...(version ? { schemaVersion: version } : {}),
    });
    return print(created, () => created.id);
  }
  if (group === 'import' && isImportAdminAction(action)) return importAdminCommand(engine, action, arg, flags, io);
  if (group === 'import' && arg === undefined) return importCommand(engine, action, flags, io);
  if (group === 'reconcile' && action === undefined) return reconcileCommand(engine, flags, io);
  if (group === 'problems' && action === undefined) return problemsCommand(engine, flags, io);
  if (group === 'export-xlsx' && action === undefined) return exportXlsxCommand(engine, flags, io);
  if (group === 'submission' && action === 'list' && arg === undefined) {
    const list = await call(engine, 'submissions.list', {});
    return print(list, () => (list.length ? list.map(submissionLine).join('\n') : 'no submissions yet'));
  }
  throw new UsageError(command.length ? `unknown command: ${command.join(' ')}` : 'no command given');
}

/** Long work stays quiet on the command line, except to say why it is not moving: another writer holds the workspace. */
function waitingNotices(io: CliIo, env: NodeJS.ProcessEnv): (event: Progress) => void {
  const told = new Set<string>();
  return (event) => {
    if (event.message !== WAITING_FOR_WRITER || told.has(event.task)) return;
    told.add(event.task);
    io.err(`mrc: ${WAITING_FOR_WRITER.toLowerCase()} (up to ${Math.round(busyTimeoutMs(env) / 1000)} s)…`);
  };
}

/** Runs one CLI invocation and returns its exit code: 0 done, 1 refused, 2 wrong usage. */
export async function main(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean' },
        country: { type: 'string' },
        year: { type: 'string' },
        schema: { type: 'string' },
        submission: { type: 'string' },
        kind: { type: 'string' },
        sheet: { type: 'string' },
        mapping: { type: 'string' },
        commit: { type: 'boolean' },
        choice: { type: 'string' },
        all: { type: 'boolean' },
        out: { type: 'string' },
        name: { type: 'string' },
        org: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        fingerprint: { type: 'string' },
        key: { type: 'string' },
        'accept-problems': { type: 'string' },
        'encrypt-to': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`mrc: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [group, action, ...rest] = parsed.positionals;
  const checking = group === 'workspace' && action === 'check';
  let engine: Engine | undefined;
  try {
    if (group === undefined) throw new UsageError('no command given');
    if (group === 'workspace' && (!checking || rest.length)) throw new UsageError(`unknown command: ${parsed.positionals.join(' ')}`);
    // The CLI's stderr is its user's: slow calls are not theirs to read.
    // `audit verify` reads the whole log itself and changes nothing: a quick check of the whole file first would
    // double its time on a large workspace. `workspace check` runs the full check instead.
    const quickCheck = !checking && group !== 'audit';
    engine = openEngine(parsed.values.workspace ?? defaultWorkspaceDir(env), { quickCheck, logger: silentLogger });
    if (checking) return workspaceCheckCommand(engine.workspace, parsed.values, io);
    engine.onProgress(waitingNotices(io, env));
    if (group === 'audit') return await auditCommand(engine, action, rest, parsed.values, io);
    if (group === 'keys') return await keysCommand(engine, action, rest, parsed.values, io, env);
    if (group === 'export' && action === undefined) return await exportCommand(engine, parsed.values, io, env);
    if (group === 'verify') return await verifyCommand(engine, parsed.positionals.slice(1), parsed.values, io, env);
    await run(parsed.positionals, parsed.values, engine, io);
    return 0;
  } catch (error) {
    return reportFailure(error, USAGE, parsed.values.json === true, io, env);
  } finally {
    engine?.close();
  }
}
