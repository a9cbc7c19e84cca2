import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../import/build-fixtures';
import { useKenyaWorkspace } from './kenya-workspace';

const kenya = useKenyaWorkspace();

async function stageLaws(rows: (string | number)[][]) {
  const file = writeWorkbook(kenya.dir, 'laws.xlsx', [{ name: 'Laws', rows }]);
  const opened = await kenya.api['imports.open']({ submissionId: kenya.submissionId, path: file });
  const preview = await kenya.api['imports.preview']({ session: opened.session, sheet: 'Laws', kind: 'evidence' });
  const staged = await kenya.api['imports.stage']({ session: opened.session, sheet: 'Laws', kind: 'evidence', mapping: preview.mapping });
  return { preview, staged };
}

const links = () =>
  kenya.ws.db
    .prepare('SELECT e.title, l.indicator FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id ORDER BY e.title, l.indicator')
    .all();

describe("an evidence sheet's right, domain or indicator column proposes links to indicators", () => {
  it('maps a "Right" column to the linked indicators, and links each law to the indicators it names at commit', async () => {
    const { preview, staged } = await stageLaws([
      ['Title', 'Article', 'Right'],
      ['Employment Act', 'art. 5', 'SS-01, SS-02'],
      ['Refugees Act', 's. 28', 'SS-03'],
      ['Data Protection Act', 's. 2', ''],
    ]);
    expect(preview.mapping.find((m) => m.header === 'Right')?.field).toBe('indicators');
    expect(staged.counts).toMatchObject({ ready: 3, needsReconciliation: 0 });
    expect(await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] })).toMatchObject({ result: { inserted: 3, evidenceLinked: 3 } });
    expect(links()).toEqual([
      { title: 'Employment Act', indicator: 'SS-01' },
      { title: 'Employment Act', indicator: 'SS-02' },
      { title: 'Refugees Act', indicator: 'SS-03' },
    ]);
  });

  it('sends a text that names no indicator clearly to the reconciliation queue, and links the row once the person decides', async () => {
    const { staged } = await stageLaws([
      ['Title', 'Article', 'Domain'],
      ['Employment Act', 'art. 5', 'SS-01; equal pay for migrant domestic workers in the informal sector'],
    ]);
    expect(staged.counts).toMatchObject({ ready: 0, needsReconciliation: 1 });
    const queue = await kenya.api['reconcile.queue']({ submissionId: kenya.submissionId });
    expect(queue).toMatchObject([{ kind: 'indicator', text: 'equal pay for migrant domestic workers in the informal sector', rows: 1 }]);
    await kenya.api['reconcile.decide']({ submissionId: kenya.submissionId, kind: 'indicator', text: queue[0]!.text, context: null, targetId: 'LAB-02' });
    await kenya.api['imports.commit']({ importId: staged.importId, choice: 'keep-existing', perRow: [] });
    expect(links()).toEqual([
      { title: 'Employment Act', indicator: 'LAB-02' },
      { title: 'Employment Act', indicator: 'SS-01' },
    ]);
  });
});
