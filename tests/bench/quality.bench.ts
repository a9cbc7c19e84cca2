/**
 * Quality benchmark: `npm run bench -- quality`.
 * A 10,000-indicator schema (the default one's indicators repeated over 100 domains), a submission answered at 80%
 * (half of the answers with a source) and the previous year's, answered alike with a tenth of the scores changed.
 * Each quality method is timed against `submissions.indicators` (the grid's rows) in the same run, and the XLSX
 * export against SheetJS writing the same rows with no checks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { createApi } from '../../electron/core/api';
import { installSchema, loadEmbeddedSchema } from '../../electron/core/schema';
import { openWorkspace } from '../../electron/core/workspace/workspace';
import type { Indicator, IndicatorSchema } from '../../shared/indicator-schema';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base = loadEmbeddedSchema().schema;

function bigSchema(): IndicatorSchema {
  const domains = Array.from({ length: 100 }, (_, d) => ({
    id: `domain-${d}`,
    prefix: `Q${LETTERS[Math.floor(d / 26)]}${LETTERS[d % 26]}`,
    title: `Domain ${d}`,
    description: `Synthetic domain ${d} for the benchmark.`,
  }));
  const indicators = domains.flatMap((domain, d) =>
    Array.from({ length: 100 }, (_, n): Indicator => {
      const model = base.indicators[(d * 100 + n) % base.indicators.length]!;
      return { ...model, code: `${domain.prefix}-${String(n).padStart(2, '0')}`, domain: domain.id };
    }),
  );
  return { ...base, id: 'mri-bench', version: '1.0.0', domains, indicators };
}

function answerOf(indicator: Indicator, changed: boolean): { value: string; score: number | null } {
  const rule = indicator.scoring;
  if (rule.kind === 'by-option') {
    const options = indicator.options.map((o) => o.value);
    const value = options[changed ? 1 % options.length : 0]!;
    return { value, score: rule.scores[value] ?? null };
  }
  if (rule.kind === 'bands') return { value: changed ? '95' : '10', score: (changed ? rule.bands.at(-1) : rule.bands[0])!.score };
  return { value: 'A written answer.', score: changed ? 80 : 40 };
}

async function time(label: string, run: () => unknown, reference?: number): Promise<number> {
  await run();
  const rounds = 5;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await run();
  const ms = (performance.now() - started) / rounds;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms${reference ? `   ${(ms / reference).toFixed(2)}× the reference` : ''}`);
  return ms;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-bench-quality-'));
const ws = openWorkspace(dir);
try {
  const schema = bigSchema();
  installSchema(ws.db, { schema, sha256: 'bench' }, 'bench');
  const api = createApi(ws);
  const before = (await api['submissions.create']({ country: 'KEN', year: 2024, schemaId: schema.id, locale: 'en' })).id;
  const now = (await api['submissions.create']({ country: 'KEN', year: 2025, schemaId: schema.id, locale: 'en' })).id;
  const answer = ws.db.prepare("INSERT INTO answers (submission_id, indicator, value, score, updated_at) VALUES (?, ?, ?, ?, '2026-01-01')");
  const evidence = ws.db.prepare("INSERT INTO evidence (submission_id, type, title) VALUES (?, 'law', ?)");
  const link = ws.db.prepare('INSERT INTO evidence_links (evidence_id, indicator) VALUES (?, ?)');
  ws.db.transaction(() => {
    schema.indicators.forEach((indicator, i) => {
      if (i % 5 === 4) return;
      for (const [id, changed] of [[before, false], [now, i % 10 === 0]] as const) {
        const { value, score } = answerOf(indicator, changed);
        answer.run(id, indicator.code, value, score);
        if (i % 2 === 0) link.run(Number(evidence.run(id, `Act ${indicator.code}`).lastInsertRowid), indicator.code);
      }
    });
  })();
  console.log(`${schema.indicators.length} indicators, ${ws.db.prepare('SELECT count(*) FROM answers WHERE submission_id = ?').pluck().get(now)} answered`);
  const reference = await time('reference: submissions.indicators', () => api['submissions.indicators']({ submissionId: now }));
  await time('submissions.completeness', () => api['submissions.completeness']({ submissionId: now }), reference);
  await time('submissions.derivedAnswers', () => api['submissions.derivedAnswers']({ submissionId: now }), reference);
  await time('submissions.previous', () => api['submissions.previous']({ submissionId: now }), reference);
  const problems = await api['submissions.problems']({ submissionId: now });
  console.log(`problems: ${problems.items.length} (${problems.unacceptedProblemCount} not accepted)`);
  await time('submissions.problems', () => api['submissions.problems']({ submissionId: now }), reference);
  await time('submissions.completenessAll (2 submissions)', () => api['submissions.completenessAll']({}), reference);
  const rows = await api['submissions.indicators']({ submissionId: now });
  const bare = await time('reference: SheetJS writes the same rows', () =>
    XLSX.write({ SheetNames: ['Answers'], Sheets: { Answers: XLSX.utils.aoa_to_sheet(rows.map((r) => [r.code, r.question, r.value, r.score])) } }, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }),
  );
  await time('submissions.exportXlsx', () => api['submissions.exportXlsx']({ submissionId: now, path: path.join(dir, 'out.xlsx') }), bare);
} finally {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
