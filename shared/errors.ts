import { z } from 'zod';

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
  code: z.string(),
  message: z.string(),
  where: Where.optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** An error a person can act on; crosses every front door as ApiErrorShape. */
export class MrcError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly where?: Where,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'MrcError';
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
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
