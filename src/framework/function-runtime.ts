// Calls a provider-defined function with decoded arguments and encodes its result.
import type * as proto from '../protocol/tfplugin6.js';
import { FunctionArgumentError, type FunctionDefinition } from './function.js';
import { modelToValue, valueToModel } from './model.js';
import { decodeDynamic, encodeDynamic } from './wire.js';

export class FunctionRuntime {
  constructor(readonly definition: FunctionDefinition) {}

  call(req: proto.CallFunctionRequest): proto.CallFunctionResponse {
    const { parameters, variadic, returns } = this.definition;
    const raw = req.arguments ?? [];
    const args: unknown[] = [];
    for (const [index, dynamic] of raw.entries()) {
      const parameter = parameters[index] ?? variadic;
      if (!parameter) return { error: { text: `Too many arguments: ${this.definition.name} takes ${parameters.length}.` } };
      const value = decodeDynamic(dynamic, parameter.type.cty);
      if (value === null && !parameter.allowNull) {
        return { error: { text: `Argument "${parameter.name}" must not be null.`, function_argument: index } };
      }
      args.push(valueToModel(value, parameter.type.cty));
    }
    try {
      const result = this.definition.run(args);
      return { result: encodeDynamic(modelToValue(result, returns.cty), returns.cty) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return error instanceof FunctionArgumentError ? { error: { text, function_argument: error.argument } } : { error: { text } };
    }
  }
}
