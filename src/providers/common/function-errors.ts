// Provider functions blame the argument whose value is wrong, so terraform points at it.
import { FunctionArgumentError } from '../../framework/function.js';

/** Runs `run`; an Error it throws becomes a FunctionArgumentError blaming argument `argument`. */
export function failOn<T>(argument: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FunctionArgumentError) throw error;
    throw new FunctionArgumentError(argument, (error as Error).message);
  }
}
