import { z } from 'zod';
import { Candidate, RefKind } from './reconcile';

/** One distinct reference text awaiting a decision, with every staged row it holds back. */
export const QueueItem = z.object({
  kind: RefKind,
  text: z.string(),
  /** For answer values: the indicator whose options the value must be one of. */
  context: z.string().nullable(),
  rows: z.number().int(),
  examples: z.array(z.object({ importId: z.string(), row: z.number().int(), sheet: z.string() })),
  candidates: z.array(Candidate),
});
export type QueueItem = z.infer<typeof QueueItem>;

const Decision = z.object({
  submissionId: z.string().min(1),
  kind: RefKind,
  text: z.string().min(1),
  context: z.string().nullable().default(null),
});

export const reconcileMethods = {
  'reconcile.queue': { input: z.object({ submissionId: z.string().min(1) }).strict(), output: z.array(QueueItem) },
  /** Per submission with anything waiting: how many texts (its queue's items) and rows wait for a decision. */
  'reconcile.waiting': {
    input: z.object({}).strict(),
    output: z.array(z.object({ submissionId: z.string(), texts: z.number().int(), rows: z.number().int() })),
  },
  'reconcile.search': {
    input: z
      .object({ submissionId: z.string().min(1), kind: RefKind, context: z.string().nullable().default(null), query: z.string().max(500) })
      .strict(),
    output: z.array(Candidate),
  },
  'reconcile.decide': {
    input: Decision.extend({ targetId: z.string().min(1).nullable() }).strict(),
    output: z.object({ rowsResolved: z.number().int(), rowsRejected: z.number().int() }),
  },
  'reconcile.acceptAbove': {
    input: z.object({ submissionId: z.string().min(1), score: z.number().min(0).max(1), apply: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.number().int(), rows: z.number().int() }),
  },
  'aliases.export': { input: z.object({}).strict(), output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }) },
  'aliases.import': {
    input: z.object({ text: z.string().min(1).max(20_000_000), fileName: z.string().default('aliases file') }).strict(),
    output: z.object({ added: z.number().int(), replaced: z.number().int(), rowsResolved: z.number().int() }),
  },
} as const;
