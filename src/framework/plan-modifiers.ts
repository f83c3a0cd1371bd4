// Attribute plan modifiers: adjust an attribute's planned value or ask for replacement.
// They run after the framework's own planning (defaults, unknown computed values).
import type { Value } from '../values/types.js';
import { isUnknown } from '../values/types.js';

export interface PlanModifierRequest {
  /** The attribute's value in configuration (may be unknown). */
  readonly config: Value;
  /** Its value in the prior state; null when the resource is being created. */
  readonly state: Value;
  /** Its planned value so far. */
  readonly plan: Value;
  /** True when there is no prior state (create, or the create half of a replacement). */
  readonly creating: boolean;
  /**
   * True when the object, or the nested element, holding the attribute is in the prior state
   * (false on create and for a nested element the plan adds): `state` is then what the server
   * holds, null included.
   */
  readonly inPriorState: boolean;
}

export interface PlanModifierResult {
  readonly plan?: Value;
  readonly requiresReplace?: boolean;
}

export interface PlanModifier {
  readonly description: string;
  modify(request: PlanModifierRequest): PlanModifierResult;
}

export const planModifiers = {
  /** Changing this attribute destroys the object and creates a new one. */
  requiresReplace(): PlanModifier {
    return {
      description: 'changing it forces replacement',
      modify: () => ({ requiresReplace: true }),
    };
  },
  /** Replacement only when `predicate` says so (e.g. shrinking a disk is not possible in place). */
  requiresReplaceIf(description: string, predicate: (request: PlanModifierRequest) => boolean): PlanModifier {
    return { description, modify: (request) => ({ requiresReplace: predicate(request) }) };
  },
  /**
   * Plans the current value when the configured one means the same ("8192M" for "8G", "LZ4" for
   * "lz4"), so a respelling is no change: terraform accepts the prior value for an equivalent
   * configuration. Pair it with the attribute's `semanticEquals` for what is read back.
   */
  keepEquivalent(equals: (current: Value, configured: Value) => boolean): PlanModifier {
    return {
      description: 'an equivalent spelling of the current value is no change',
      modify: ({ config, state }) =>
        state !== null && config !== null && !isUnknown(state) && !isUnknown(config) && equals(state, config) ? { plan: state } : {},
    };
  },
  /**
   * A computed value that does not change once the object exists (ids, paths, what only the
   * create answer shows): keep the state's value in plans instead of "(known after apply)". A
   * null one too, where the object (or its nested element) is in the state: an imported object
   * whose server cannot return the value has none, and an update does not give it one (a
   * resource whose update does plans that itself, in its modifyPlan).
   */
  useStateForUnknown(): PlanModifier {
    return {
      description: 'keeps its value once the object exists',
      modify: ({ state, plan, creating, inPriorState }) => (!creating && isUnknown(plan) && (state !== null || inPriorState) ? { plan: state } : {}),
    };
  },
};
