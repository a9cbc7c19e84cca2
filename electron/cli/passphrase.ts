import { UsageError } from './call-api';

/**
 * The passphrase from MRC_PASSPHRASE, or typed at a prompt that does not echo it. It is never printed,
 * logged or passed on the command line, where other users of the machine could read it in the process list.
 */
export async function readPassphrase(env: NodeJS.ProcessEnv, prompt: string): Promise<string> {
  if (env.MRC_PASSPHRASE !== undefined) return env.MRC_PASSPHRASE;
  const { stdin, stderr } = process;
  if (!stdin.isTTY) throw new UsageError('a passphrase is needed: type it in a terminal, or set MRC_PASSPHRASE');
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new UsageError('cancelled')));
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}
