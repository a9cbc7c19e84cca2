import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, contract, type ApiMethod } from '../../../shared/api';
import { createApi, type ApiHandlers } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { ApiErrorShape } from '../../../shared/errors';
import { makeTempDir } from '../temp-dir';

/** For every method, inputs a careless or hostile caller could send. Typed so a new method cannot be left out. */
const malformed: Record<ApiMethod, unknown[]> = {
  'workspace.info': [{ extra: 1 }, 'text', 42],
  'schemas.list': [{ id: 'x' }, []],
  'schemas.get': [{}, { id: '' }, { id: 7 }, { id: 'mri-core', version: 1 }],
  'countries.list': [{ locale: 'english' }, { locale: 3 }, { locale: 'en', extra: true }],
  'submissions.create': [
    {},
    { country: 'Kenya', year: 2026 },
    { country: 'KEN', year: '2026' },
    { country: 'KEN', year: 1200 },
    { country: 'KEN', year: 2026.5 },
    { country: 'KEN', year: 2026, status: 'submitted' },
  ],
  'submissions.list': [{ all: true }],
  'submissions.get': [{}, { id: '' }, { id: null }],
  'submissions.indicators': [{}, { submissionId: 'x', dimension: 'custom' }, { submissionId: 'x', domain: '' }, { submissionId: 'x', locale: 'French' }],
  'submissions.evidence': [{}, { submissionId: '' }],
  'submissions.ratifications': [{}, { submissionId: 3 }],
  'samples.open': [{ country: 'XDM' }],
  'imports.open': [{}, { submissionId: 'x' }, { submissionId: 'x', path: '' }, { submissionId: 'x', path: 3 }],
  'imports.preview': [{}, { session: 's', sheet: 'A', kind: 'laws' }, { session: 's', sheet: 'A', kind: 'answers', mapping: [{ column: -1 }] }],
  'imports.stage': [{}, { session: 's', sheet: 'A', kind: 'answers' }, { session: 's', sheet: 'A', kind: 'answers', mapping: [], saveTemplateAs: '' }],
  'imports.get': [{}, { importId: '' }],
  'imports.rows': [{}, { importId: 'i', status: 'lost' }, { importId: 'i', limit: 100000 }, { importId: 'i', offset: -1 }],
  'imports.editCell': [{}, { importId: 'i', row: 0, field: 'value', value: 'x' }, { importId: 'i', row: 2, field: 'value', value: 3 }, { importId: 'i', row: 2, field: 'value', value: 'x', column: -1 }],
  'imports.exclude': [{}, { importId: 'i', row: 2 }, { importId: 'i', row: 2, excluded: 'yes' }],
  'imports.requeue': [{}, { importId: 'i', row: 2 }, { importId: 'i', row: 0, field: 'indicator' }, { importId: 'i', row: 2, field: 'indicator', undo: 'yes' }],
  'imports.conflicts': [{}, { importId: 7 }],
  'imports.commit': [{}, { importId: 'i', choice: 'merge' }, { importId: 'i', perRow: [{ row: 1, choice: 'both' }] }],
  'imports.history': [{}, { submissionId: '' }],
  'imports.abandon': [{}, { importId: '' }],
  'mappings.list': [{ kind: 'answers' }],
  'tasks.cancel': [{}, { task: '' }],
  'reconcile.queue': [{}, { submissionId: '' }],
  'reconcile.waiting': [{ submissionId: 's' }, 'all', 42],
  'reconcile.search': [{}, { submissionId: 's', kind: 'law', query: 'x' }, { submissionId: 's', kind: 'indicator' }],
  'reconcile.decide': [{}, { submissionId: 's', kind: 'indicator', text: 'x' }, { submissionId: 's', kind: 'indicator', text: '', targetId: 'SS-01' }],
  'reconcile.acceptAbove': [{}, { submissionId: 's', score: 1.5 }, { submissionId: 's', score: 0.9, apply: 'yes' }],
  'aliases.export': [{ format: 'csv' }],
  'aliases.import': [{}, { text: '' }, { text: 3 }],
  'answers.set': [
    {},
    { submissionId: 's', indicatorId: 'SP-01' },
    { submissionId: 's', indicatorId: 'SP-01', value: 45 },
    { submissionId: 's', indicatorId: 'SP-01', value: 'yes', score: 150 },
    { submissionId: 's', indicatorId: 'SP-01', value: 'yes', confidence: 'certain' },
    { submissionId: 's', indicatorId: 'SP-01', value: 'yes', author: 'me' },
  ],
  'evidence.list': [{}, { submissionId: '' }],
  'evidence.ofIndicator': [{}, { submissionId: 's' }, { submissionId: 's', indicatorId: '' }],
  'evidence.add': [
    {},
    { submissionId: 's', evidence: { type: 'statute', title: 'Act' } },
    { submissionId: 's', evidence: { type: 'law', title: '' } },
    { submissionId: 's', evidence: { type: 'law', title: 'Act', date: '5 May 2020' } },
    { submissionId: 's', evidence: { type: 'law', title: 'Act', url: 'javascript:alert(1)' } },
    { submissionId: 's', evidence: { type: 'law', title: 'Act' }, indicatorIds: 'SP-01' },
  ],
  'evidence.update': [{}, { evidenceId: 1 }, { evidenceId: 'one', evidence: {} }, { evidenceId: 1, evidence: { title: '' } }, { evidenceId: 1, evidence: { id: 2 } }],
  'evidence.remove': [{}, { evidenceId: 0 }, { evidenceId: 1.5 }],
  'evidence.link': [{}, { evidenceId: 1 }, { evidenceId: -1, indicatorId: 'SP-01' }],
  'evidence.unlink': [{}, { indicatorId: 'SP-01' }, { evidenceId: 1, indicatorId: 3 }],
  'edits.state': [{}, { submissionId: '' }],
  'edits.undo': [{}, { submissionId: 7 }, { submissionId: 's', steps: 2 }],
  'edits.redo': [{}, { submissionId: null }],
  'edits.history': [{}, { submissionId: 's' }, { submissionId: 's', indicatorId: '' }],
  'audit.verify': [{ fast: true }, 'all'],
  'keys.list': [{ all: true }],
  'keys.create': [{}, { name: 'Ana', org: 'Uni', email: null, role: 'expert', passphrase: 'short' }, { name: 'Ana', org: 'Uni', email: 'not-mail', role: 'expert', passphrase: 'long enough' }, { name: 'Ana', org: 'Uni', email: null, role: 'boss', passphrase: 'long enough' }],
  'keys.changePassphrase': [{}, { keyId: 'abc', passphrase: 'x', newPassphrase: 'long enough' }, { keyId: '0123456789ABCDEF', passphrase: 'x', newPassphrase: 'short' }],
  'keys.backup': [{}, { keyId: '0123456789ABCDEF', path: '' }],
  'keys.restore': [{}, { path: '/tmp/x' }],
  'keys.contactCard': [{}, { keyId: '0123456789abcdef' }],
  'keyring.import': [{}, { path: '' }],
  'keyring.trust': [{}, { keyId: '0123456789ABCDEF', fingerprint: 'x', role: 'boss' }],
  'keyring.distrust': [{}, { keyId: 'x' }],
  'keyring.remove': [{}, { keyId: 'x' }],
  'packages.export': [{}, { submissionId: 's', keyId: 'x', passphrase: 'p', path: '/tmp/x.mrc.zip' }, { submissionId: 's', keyId: '0123456789ABCDEF', passphrase: 'p', path: '', acceptProblems: ' ' }],
  'packages.verify': [{}, { path: '' }, { path: 3 }],
  'submissions.problems': [{}, { submissionId: '' }, { submissionId: 's', kind: 'invalid-value' }],
  'problems.accept': [{}, { submissionId: 's', key: 'k' }, { submissionId: 's', key: 'k', note: '   ' }, { submissionId: 's', key: '', note: 'why' }],
  'problems.unaccept': [{}, { submissionId: 's' }, { submissionId: 's', key: 7 }],
  'submissions.completeness': [{}, { submissionId: null }],
  'submissions.completenessAll': [{ submissionId: 's' }, 'all'],
  'submissions.previous': [{}, { submissionId: '' }, { submissionId: 's', year: 2024 }],
  'answers.justify': [{}, { submissionId: 's', indicatorId: 'SS-01' }, { submissionId: 's', indicatorId: 'SS-01', note: '' }, { submissionId: 's', indicatorId: '', note: 'why' }],
  'submissions.derivedAnswers': [{}, { submissionId: 3 }],
  'submissions.xlsxFile': [{}, { submissionId: '' }, { submissionId: 's', path: '/tmp/x.xlsx' }],
  'submissions.exportXlsx': [{}, { submissionId: 's' }, { submissionId: 's', path: '' }, { submissionId: 's', path: '/tmp/out.csv' }],
};

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let handlers: ApiHandlers;
beforeAll(() => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  handlers = createApi(ws);
});
afterAll(() => {
  ws.close();
  tmp.cleanup();
});

describe('every contract method rejects malformed input with a structured error', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual([...apiMethods].sort());
  });

  for (const method of apiMethods) {
    it(`${method} refuses each malformed input, naming what is wrong`, async () => {
      for (const input of malformed[method]) {
        const response = await invokeApi(handlers, method, input);
        expect(response.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (response.ok) continue;
        expect(ApiErrorShape.parse(response.error).code).toBe('invalid-input');
        expect(response.error.message).toContain(method);
        expect(response.error.issues?.length).toBeGreaterThan(0);
      }
    });
  }

  it('refuses an unknown method', async () => {
    const response = await invokeApi(handlers, 'submissions.drop', {});
    expect(response).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'There is no API method "submissions.drop".', params: { method: 'submissions.drop' } },
    });
  });
});

describe('the engine behind the contract', () => {
  it('creates a submission for a country and lists it, with results that satisfy the contract', async () => {
    const created = await invokeApi(handlers, 'submissions.create', { country: 'KEN', year: 2026 });
    expect(created.ok).toBe(true);
    const submission = contract['submissions.create'].output.parse(created.ok && created.result);
    expect(submission).toMatchObject({ country: 'KEN', countryName: 'Kenya', year: 2026, schemaId: 'mri-core', status: 'draft', sample: false, answered: 0 });
    const listed = await invokeApi(handlers, 'submissions.list', {});
    const list = contract['submissions.list'].output.parse(listed.ok && listed.result);
    expect(list.map((s) => s.id)).toContain(submission.id);
  });

  it('refuses an unknown country with a message naming the expected form', async () => {
    const response = await invokeApi(handlers, 'submissions.create', { country: 'XXZ', year: 2026 });
    expect(response).toMatchObject({ ok: false, error: { code: 'unknown-country' } });
    expect(!response.ok && response.error.message).toMatch(/Unknown country "XXZ".*alpha-3/);
  });

  it('refuses an unknown schema version', async () => {
    const response = await invokeApi(handlers, 'submissions.create', { country: 'KEN', year: 2026, schemaVersion: '9.9.9' });
    expect(response).toMatchObject({ ok: false, error: { code: 'unknown-schema' } });
  });

  it('lists every indicator of the schema for a submission, and filters by domain and dimension', async () => {
    const created = await handlers['submissions.create']({ locale: 'en', country: 'FRA', year: 2025 });
    const schema = await handlers['schemas.get']({ id: 'mri-core' });
    const all = await handlers['submissions.indicators']({ submissionId: created.id });
    expect(all.map((r) => r.code)).toEqual(schema.indicators.map((i) => i.code));
    const domain = schema.domains[1]!.id;
    const inDomain = await handlers['submissions.indicators']({ submissionId: created.id, domain });
    expect(inDomain.length).toBe(schema.indicators.filter((i) => i.domain === domain).length);
    expect(inDomain.every((r) => r.domain === domain)).toBe(true);
    const law = await handlers['submissions.indicators']({ submissionId: created.id, dimension: 'law' });
    expect(law.length).toBe(schema.indicators.filter((i) => i.dimension === 'law').length);
  });

  it('names countries in the requested language', async () => {
    const fr = await handlers['countries.list']({ locale: 'fr' });
    expect(fr.find((c) => c.code === 'DEU')?.name).toBe('Allemagne');
    expect(fr.find((c) => c.code === 'XDM')).toMatchObject({ sample: true });
  });
});
