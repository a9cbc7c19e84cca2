/** Where the engine says what a developer may want to know (a slow call): stderr, or a test's own logger. */
export interface Logger {
  warn(message: string, fields: Readonly<Record<string, unknown>>): void;
}

export const stderrLogger: Logger = {
  warn: (message, fields) => process.stderr.write(`mrc engine: ${message} ${JSON.stringify(fields)}\n`),
};

export const silentLogger: Logger = { warn: () => undefined };

/** stderr, unless `MRC_LOG=off`: the tests set it, so that their output is their own. */
export function defaultLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return env.MRC_LOG === 'off' ? silentLogger : stderrLogger;
}
