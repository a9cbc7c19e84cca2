import { parseArgs } from 'node:util';
import { createApi, type ApiHandlers } from './core/api';
import { defaultWorkspaceDir } from './core/workspace/paths';
import { openWorkspace, type Workspace } from './core/workspace/workspace';
import { MrcError } from '../shared/errors';
import type { Submission } from '../shared/domain';
import { call, UsageError, type CliIo, type Flags } from './cli/call-api';
import { importCommand } from './cli/import-command';
import { reconcileCommand } from './cli/reconcile-command';

const USAGE = `usage: mrc <command> [options] [--workspace DIR] [--json]

  init                                         create (or open) the workspace
  schema list                                  installed indicator schemas
  schema show [SCHEMA[@VERSION]]               a schema's domains and indicators
  submission create --country ISO3 --year YYYY [--schema SCHEMA[@VERSION]]
  submission list
  import FILE --submission ID [--kind answers|evidence|ratifications] [--sheet NAME] [--mapping NAME] [--commit]
  reconcile --submission ID                    what still needs a decision, with candidates`;

export type { CliIo } from './cli/call-api';

function submissionLine(s: Submission): string {
  return `${s.id}  ${s.country}  ${s.year}  ${s.schemaId}@${s.schemaVersion}  ${s.status}  ${s.answered}/${s.indicatorCount} answered  ${s.countryName}`;
}

function splitSchemaRef(ref: string | undefined): { id?: string; version?: string } {
  if (!ref) return {};
  const [id, version] = ref.split('@');
  return { ...(id ? { id } : {}), ...(version ? { version } : {}) };
}

async function run(command: string[], flags: Flags, api: ApiHandlers, io: CliIo): Promise<void> {
  const json = flags.json === true;
  const print = (value: unknown, human: () => string) => io.out(json ? JSON.stringify(value, null, 2) : human());
  const [group, action, arg] = command;
  if (group === 'init' && action === undefined) {
    const info = await call(api, 'workspace.info', {});
    return print(info, () => `workspace ready: ${info.path} (format ${info.formatVersion})`);
  }
  if (group === 'schema' && action === 'list' && arg === undefined) {
    const schemas = await call(api, 'schemas.list', {});
    return print(schemas, () =>
      schemas.map((s) => `${s.id}@${s.version}  ${s.indicatorCount} indicators in ${s.domainCount} domains  ${s.title}`).join('\n'),
    );
  }
  if (group === 'schema' && action === 'show') {
    const { id, version } = splitSchemaRef(arg);
    const schema = await call(api, 'schemas.get', { id: id ?? 'mri-core', ...(version ? { version } : {}) });
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
    const created = await call(api, 'submissions.create', {
      country: flags.country.toUpperCase(),
      year: Number(flags.year),
      ...(id ? { schemaId: id } : {}),
      ...(version ? { schemaVersion: version } : {}),
    });
    return print(created, () => created.id);
  }
  if (group === 'import' && arg === undefined) return importCommand(api, action, flags, io);
  if (group === 'reconcile' && action === undefined) return reconcileCommand(api, flags, io);
  if (group === 'submission' && action === 'list' && arg === undefined) {
    const list = await call(api, 'submissions.list', {});
    return print(list, () => (list.length ? list.map(submissionLine).join('\n') : 'no submissions yet'));
  }
  throw new UsageError(command.length ? `unknown command: ${command.join(' ')}` : 'no command given');
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
  let ws: Workspace | undefined;
  try {
    if (parsed.positionals.length === 0) throw new UsageError('no command given');
    ws = openWorkspace(parsed.values.workspace ?? defaultWorkspaceDir(env));
    await run(parsed.positionals, parsed.values, createApi(ws), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mrc: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof MrcError) {
      if (parsed.values.json) io.out(JSON.stringify({ error: error.toShape() }, null, 2));
      io.err(`mrc: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    ws?.close();
  }
}
