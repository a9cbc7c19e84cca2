import { afterEach, beforeEach } from 'vitest';
import { createApi, type ApiHandlers } from '../../../electron/core/api';
import { installSchema, loadEmbeddedSchema } from '../../../electron/core/schema';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { Indicator, IndicatorSchema } from '../../../shared/indicator-schema';
import { makeTempDir } from '../temp-dir';

/** A schema version beside the default one, adding the answer types and rules the default schema does not use. */
export const TEST_SCHEMA_VERSION = '9.0.0';

function withExtraIndicators(schema: IndicatorSchema): IndicatorSchema {
  const base = schema.indicators.find((i) => i.code === 'SKL-04')!;
  const extra = (indicator: Partial<Indicator> & Pick<Indicator, 'code' | 'answerType' | 'scoring'>): Indicator => ({ ...base, options: [], ...indicator });
  return {
    ...schema,
    version: TEST_SCHEMA_VERSION,
    indicators: [
      ...schema.indicators,
      extra({ code: 'SKL-90', answerType: 'date', scoring: { kind: 'unscored' }, question: 'When did the current skills recognition law enter into force?' }),
      extra({ code: 'SKL-91', answerType: 'text', scoring: { kind: 'expert', scores: [0, 50, 100] } }),
      extra({ code: 'SKL-92', answerType: 'number', unit: 'count', min: 0, max: 1000, scoring: { kind: 'unscored' } }),
    ],
  };
}

export interface CurateWorkspace {
  dir: string;
  ws: Workspace;
  api: ApiHandlers;
  /** Kenya 2026 on the default schema. */
  submissionId: string;
  /** Kenya 2025 on the test schema with date, count and listed-expert indicators. */
  extraId: string;
  /** Closes the workspace and opens it again from its file, as a restart does. */
  reopen(): void;
}

/** A fresh workspace for each test of the file, removed after it. */
export function useCurateWorkspace(): CurateWorkspace {
  const current = {} as CurateWorkspace;
  let cleanup = () => {};
  beforeEach(async () => {
    const tmp = makeTempDir();
    const ws = openWorkspace(tmp.dir);
    const embedded = loadEmbeddedSchema();
    installSchema(ws.db, { schema: withExtraIndicators(embedded.schema), sha256: '9'.repeat(64) }, 'test');
    const api = createApi(ws);
    const submissionId = (await api['submissions.create']({ country: 'KEN', year: 2026, schemaVersion: loadEmbeddedSchema().schema.version })).id;
    const extraId = (await api['submissions.create']({ country: 'KEN', year: 2025, schemaVersion: TEST_SCHEMA_VERSION })).id;
    Object.assign(current, {
      dir: tmp.dir,
      ws,
      api,
      submissionId,
      extraId,
      reopen() {
        current.ws.close();
        current.ws = openWorkspace(tmp.dir);
        current.api = createApi(current.ws);
      },
    });
    cleanup = () => {
      current.ws.close();
      tmp.cleanup();
    };
  });
  afterEach(() => cleanup());
  return current;
}

/** The engine's refusal of a call: its stable code. */
export async function refusal(promise: Promise<unknown> | unknown): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('the call was not refused');
}
