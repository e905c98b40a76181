import { compile, type TopLevelSpec } from 'vega-lite';

/** Compiles a spec with Vega-Lite and returns the warnings it logged. */
export function compileWarnings(spec: TopLevelSpec): string[] {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.join(' '));
    },
  };
  compile(structuredClone(spec), { logger: logger as never });
  return warnings;
}
