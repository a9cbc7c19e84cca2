import { call, UsageError, type CliIo, type Flags, type EngineCalls } from './call-api';

/** `mrc reconcile --submission ID`: what still needs a decision, with its candidates. */
export async function reconcileCommand(api: EngineCalls, flags: Flags, io: CliIo): Promise<void> {
  if (typeof flags.submission !== 'string') throw new UsageError('reconcile needs --submission ID');
  const queue = await call(api, 'reconcile.queue', { submissionId: flags.submission });
  if (flags.json === true) {
    io.out(JSON.stringify(queue, null, 2));
    return;
  }
  if (queue.length === 0) {
    io.out('every reference is matched: nothing needs a decision');
    return;
  }
  const lines = [`${queue.length} reference${queue.length === 1 ? '' : 's'} need a decision:`];
  for (const item of queue) {
    const context = item.context ? ` (for ${item.context})` : '';
    const where = item.examples.map((e) => `"${e.sheet}" row ${e.row}`).join(', ');
    lines.push(`  ${item.kind}${context} "${item.text}" — holds back ${item.rows} row${item.rows === 1 ? '' : 's'} (${where})`);
    item.candidates.forEach((c, i) => lines.push(`      ${i + 1}. ${c.targetId}  ${(c.score * 100).toFixed(0)}%  ${c.label}`));
    if (item.candidates.length === 0) lines.push('      no candidate: pick one by hand in the app');
  }
  io.out(lines.join('\n'));
}
