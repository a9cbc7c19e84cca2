import { z } from 'zod';
import { Country, CountryCode, EvidenceItem, IndicatorRow, RatificationItem, ReferenceYear, SchemaSummary, Submission, WorkspaceInfo } from './domain';
import { Dimension, IndicatorSchema } from './indicator-schema';
import { curateMethods } from './curate-contract';
import { importMethods } from './import-contract';
import { keysMethods } from './keys-contract';
import { packageMethods } from './package-contract';
import { qualityMethods } from './quality-contract';
import { reconcileMethods } from './reconcile-contract';

/**
 * The one contract between every front door (Electron IPC, browser host, CLI) and the engine.
 * Each method is declared once; the doors parse input with `input`, the engine's result satisfies `output`.
 */
const NoInput = z.object({}).strict();
const Locale = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a locale looks like "en" or "fr-CA"');
/**
 * The language the caller shows names in: the engine never chooses one. The UI always sends its own; a caller
 * that names none (the CLI, whose words are English, and scripts) gets English names.
 */
const CallerLocale = Locale.default('en');

export const contract = {
  'workspace.info': { input: NoInput, output: WorkspaceInfo },
  'schemas.list': { input: NoInput, output: z.array(SchemaSummary) },
  'schemas.get': {
    input: z.object({ id: z.string().min(1), version: z.string().min(1).optional() }).strict(),
    output: IndicatorSchema,
  },
  'countries.list': {
    input: z.object({ locale: CallerLocale }).strict(),
    output: z.array(Country),
  },
  'submissions.create': {
    input: z
      .object({
        country: CountryCode,
        year: ReferenceYear,
        schemaId: z.string().min(1).optional(),
        schemaVersion: z.string().min(1).optional(),
        locale: CallerLocale,
      })
      .strict(),
    output: Submission,
  },
  'submissions.list': { input: z.object({ locale: CallerLocale }).strict(), output: z.array(Submission) },
  'submissions.get': { input: z.object({ id: z.string().min(1), locale: CallerLocale }).strict(), output: Submission },
  'submissions.indicators': {
    input: z
      .object({
        submissionId: z.string().min(1),
        domain: z.string().min(1).optional(),
        dimension: Dimension.optional(),
        /** The language the questions are wanted in; the schema's own where it has no translation. */
        locale: Locale.optional(),
      })
      .strict(),
    output: z.array(IndicatorRow),
  },
  'submissions.evidence': { input: z.object({ submissionId: z.string().min(1) }).strict(), output: z.array(EvidenceItem) },
  'submissions.ratifications': { input: z.object({ submissionId: z.string().min(1) }).strict(), output: z.array(RatificationItem) },
  'samples.open': { input: z.object({ locale: CallerLocale }).strict(), output: Submission },
  ...importMethods,
  ...reconcileMethods,
  ...curateMethods,
  ...qualityMethods,
  ...keysMethods,
  ...packageMethods,
  'tasks.cancel': { input: z.object({ task: z.string().min(1) }).strict(), output: z.object({ cancelled: z.boolean() }) },
} as const;

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

export const apiMethods = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the renderer holds: one typed call, whichever door it is behind. */
export interface ApiClient {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  onProgress(listener: (event: import('./domain').Progress) => void): () => void;
}
