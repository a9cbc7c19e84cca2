import { z } from 'zod';
import { Progress } from '../../shared/domain';
import { ApiErrorShape, ApiResponse, zodIssues } from '../../shared/errors';

/**
 * The messages between the main process and the engine's process. Main opens a workspace, sends requests by id
 * (cancelling long work is the request `tasks.cancel`), and asks the engine to close; the engine answers each id,
 * reports progress as it goes, and refuses what it cannot read without stopping.
 */
const RequestId = z.number().int().nonnegative();

export const ToEngine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), dir: z.string().min(1) }).strict(),
  z.object({ type: z.literal('request'), id: RequestId, method: z.string(), input: z.unknown().optional() }).strict(),
  z.object({ type: z.literal('close') }).strict(),
]);
export type ToEngine = z.infer<typeof ToEngine>;

export const FromEngine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened'), file: z.string() }),
  z.object({ type: z.literal('open-failed'), error: ApiErrorShape }),
  z.object({ type: z.literal('response'), id: RequestId, response: ApiResponse }),
  z.object({ type: z.literal('progress'), event: Progress }),
  /** A message the engine could not read; with the id of the request it seemed to be, when it had one. */
  z.object({ type: z.literal('refused'), id: RequestId.optional(), error: ApiErrorShape }),
]);
export type FromEngine = z.infer<typeof FromEngine>;

/** The refusal of a message that is not a ToEngine, answering its request id when it had one. */
export function refusalOf(raw: unknown, error: z.ZodError): FromEngine {
  const id = RequestId.safeParse((raw as { id?: unknown } | null)?.id);
  return {
    type: 'refused',
    ...(id.success ? { id: id.data } : {}),
    error: { code: 'malformed-message', message: 'The engine was sent a message it cannot read.', issues: zodIssues(error) },
  };
}
