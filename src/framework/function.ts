// Provider-defined functions: `provider::truenas::parse_size("32G")`.
import type { TypeSpec } from './type-spec.js';

export interface FunctionParameterDefinition {
  readonly name: string;
  readonly type: TypeSpec<unknown>;
  readonly description: string;
  readonly allowNull?: boolean;
}

export interface FunctionDefinition {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly parameters: readonly FunctionParameterDefinition[];
  readonly variadic?: FunctionParameterDefinition;
  readonly returns: TypeSpec<unknown>;
  readonly example?: string;
  /** Arguments arrive as model values (numbers, strings, arrays, objects). */
  run(args: readonly unknown[]): unknown;
}

/** Thrown by a function to blame one argument, so terraform points at it. */
export class FunctionArgumentError extends Error {
  constructor(
    readonly argument: number,
    message: string,
  ) {
    super(message);
  }
}
