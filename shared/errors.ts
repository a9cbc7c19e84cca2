import { z } from 'zod';
import { ErrorCode, MessageDetail, MessageParams } from './error-codes';

export { ErrorCode, MessageDetail, MessageParams } from './error-codes';

/** Where in the user's material a problem is: enough to find the cell by hand. */
export const Where = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  path: z.string().optional(),
});
export type Where = z.infer<typeof Where>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  /** In English, for the CLI and logs; the UI words the error from its code, detail and params. */
  message: z.string(),
  detail: MessageDetail.optional(),
  params: MessageParams.optional(),
  where: Where.optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** What an error says besides its code and English message: where, which sentence, with which values. */
export interface ErrorFacts {
  where?: Where | undefined;
  detail?: MessageDetail | undefined;
  params?: MessageParams | undefined;
  issues?: { path: string; message: string }[] | undefined;
}

/** An error a person can act on; crosses every front door as ApiErrorShape. */
export class MrcError extends Error {
  readonly where: Where | undefined;
  readonly detail: MessageDetail | undefined;
  readonly params: MessageParams;
  readonly issues: { path: string; message: string }[] | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    facts: ErrorFacts = {},
  ) {
    super(message);
    this.name = 'MrcError';
    this.where = facts.where;
    this.detail = facts.detail;
    this.params = facts.params ?? {};
    this.issues = facts.issues;
  }

  static fromShape(shape: ApiErrorShape): MrcError {
    return new MrcError(shape.code, shape.message, shape);
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.detail ? { detail: this.detail } : {}),
      params: this.params,
      ...(this.where ? { where: this.where } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
}

export const ApiResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorShape }),
]);
export type ApiResponse = z.infer<typeof ApiResponse>;
