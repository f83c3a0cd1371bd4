// Runs one resource type under terraform's rules: plan, apply, read, import, upgrade.
//
// The guarantees live here, not in each resource: planned values never contradict the
// configuration, applied results keep what the plan promised, a failed apply still returns
// every object that exists on the server, and a vanished object reads as gone.
import type * as proto from '../protocol/tfplugin6.js';
import type { CallContext } from '../protocol/tfplugin6.js';
import { isUnknown, type CtyType, type Value } from '../values/types.js';
import { decodeJsonValue } from '../values/json-value.js';
import { valuesEqual } from '../values/compare.js';
import { attributePath, diagnosticFromError, errorDiagnostic, pathToString, warningDiagnostic, type AttributePath, type Diagnostic } from './diagnostics.js';
import { blockType } from './implied-type.js';
import { blockToModel, modelToBlock, type Model } from './model.js';
import { planObject } from './plan.js';
import type { AnyResource } from './provider.js';
import { inconsistencies, reconcile } from './reconcile.js';
import type { OperationContext, PlanContext, WriteContext } from './resource.js';
import type { Schema } from './schema.js';
import type { ErrorExplainer } from './error-explainer.js';
import { ObjectView } from './object-view.js';
import { OperationDeadline } from './operation-deadline.js';
import { refusalErrors, refusalWarning, withRefusals } from './update-refusal.js';
import { parseDuration, timeoutsBlock, type Operation } from './timeouts.js';
import { createRuleErrors, validateContext, validateObject } from './validate.js';
import { getAttr, isObjectValue } from './values-util.js';
import { assertWriteOnlySchema, containsWriteOnly, withConfiguredWriteOnly, withoutWriteOnly, writeOnlyNotAllowed } from './write-only.js';
import { decodeDynamic, diagnosticsToProto, encodeDynamic, pathToProto } from './wire.js';

/** How long a failed apply may spend re-reading the object it leaves behind. */
const RECOVERY_READ_MS = 60_000;

export class ResourceRuntime<P> {
  /** The schema terraform sees: the author's, plus the `timeouts` block when declared. */
  readonly schema: Schema;

  constructor(
    readonly definition: AnyResource<P>,
    private readonly provider: () => P | undefined,
    private readonly explainError?: ErrorExplainer,
  ) {
    const timeouts = definition.timeouts;
    this.schema = timeouts ? { ...definition.schema, blocks: { ...definition.schema.blocks, timeouts: timeoutsBlock(timeouts) } } : definition.schema;
    assertWriteOnlySchema(definition.name, this.schema, true);
  }

  /** The schema's value type, made on the first request that decodes a value (blockType keeps it). */
  get type(): CtyType {
    return blockType(this.schema);
  }

  validate(req: proto.ValidateResourceConfigRequest): proto.ValidateResourceConfigResponse {
    const config = decodeDynamic(req.config, this.type);
    const diagnostics = validateObject(this.schema, config);
    if (req.client_capabilities?.write_only_attributes_allowed !== true && containsWriteOnly(this.schema)) {
      diagnostics.push(...writeOnlyNotAllowed(this.schema, config));
    }
    this.definition.validateConfig?.(validateContext(config, diagnostics));
    return { diagnostics: diagnosticsToProto(diagnostics) };
  }

  upgrade(req: proto.UpgradeResourceStateRequest): proto.UpgradeResourceStateResponse {
    const json = req.raw_state?.json;
    if (!json || json.length === 0) {
      const detail = req.raw_state?.flatmap ? 'State in the pre-0.12 flatmap format cannot be upgraded.' : 'The stored state is empty.';
      return { diagnostics: diagnosticsToProto([errorDiagnostic('Cannot upgrade resource state', detail)]) };
    }
    const from = req.version ?? 0;
    const current = this.schema.version;
    if (from > current) {
      const detail = `The state was written by a newer provider (schema version ${from}; this provider knows ${current}). Upgrade the provider.`;
      return { diagnostics: diagnosticsToProto([errorDiagnostic('Resource state is from a newer provider', detail)]) };
    }
    let text: string | Buffer = json;
    if (from < current) {
      let state = JSON.parse(json.toString('utf8')) as Record<string, unknown>;
      for (let version = from; version < current; version++) {
        const upgrader = this.definition.upgraders?.[version];
        if (upgrader) state = upgrader(state);
      }
      text = JSON.stringify(state);
    }
    const value = withoutWriteOnly(this.schema, decodeJsonValue(text, this.type));
    return { upgraded_state: encodeDynamic(value, this.type) };
  }

  async read(req: proto.ReadResourceRequest, call: CallContext): Promise<proto.ReadResourceResponse> {
    const current = decodeDynamic(req.current_state, this.type);
    if (current === null) return { new_state: encodeDynamic(null, this.type), private: req.private };
    const diagnostics: Diagnostic[] = [];
    try {
      const fresh = await this.readObject(current, call, diagnostics);
      return { new_state: encodeDynamic(fresh, this.type), private: req.private, diagnostics: diagnosticsToProto(diagnostics) };
    } catch (error) {
      // Keep the state as it was: a failed refresh must never drop what terraform knows.
      diagnostics.push(diagnosticFromError(error, `Reading ${this.definition.name} failed`));
      return { new_state: req.current_state, private: req.private, diagnostics: diagnosticsToProto(diagnostics) };
    }
  }

  async plan(req: proto.PlanResourceChangeRequest, call: CallContext): Promise<proto.PlanResourceChangeResponse> {
    const prior = decodeDynamic(req.prior_state, this.type);
    const proposed = decodeDynamic(req.proposed_new_state, this.type);
    const config = decodeDynamic(req.config, this.type);
    if (proposed === null) return { planned_state: encodeDynamic(null, this.type), planned_private: req.prior_private };
    const result = planObject({ body: this.schema, config, prior, proposed });
    let planned = result.planned;
    const requiresReplace = [...result.requiresReplace];
    const diagnostics: Diagnostic[] = [];
    const refusals: Array<{ summary: string; detail: string; path: AttributePath }> = [];
    if (prior === null) diagnostics.push(...createRuleErrors(this.schema, config));
    if (this.definition.modifyPlan) {
      const hook = this.planContext(
        prior,
        config,
        () => planned,
        (v) => (planned = v),
        requiresReplace,
        diagnostics,
        refusals,
      );
      try {
        await this.definition.modifyPlan(hook);
      } catch (error) {
        diagnostics.push(diagnosticFromError(error, `Planning ${this.definition.name} failed`));
      }
    }
    // Whatever a hook did, terraform takes no value for a write-only attribute in a plan.
    planned = withoutWriteOnly(this.schema, planned);
    diagnostics.push(...this.contradictions(config, prior, planned), ...refusals.map(refusalWarning));
    call.logger.trace('planned resource change', { tf_resource_type: this.definition.name, replace: requiresReplace.map(pathToString) });
    return {
      planned_state: encodeDynamic(planned, this.type),
      requires_replace: requiresReplace.map(pathToProto),
      planned_private: withRefusals(req.prior_private, refusals),
      diagnostics: diagnosticsToProto(diagnostics),
    };
  }

  async apply(req: proto.ApplyResourceChangeRequest, call: CallContext): Promise<proto.ApplyResourceChangeResponse> {
    const prior = decodeDynamic(req.prior_state, this.type);
    const planned = decodeDynamic(req.planned_state, this.type);
    const diagnostics: Diagnostic[] = [];
    const refused = planned === null ? [] : refusalErrors(req.planned_private);
    if (refused.length > 0) return { new_state: req.prior_state, diagnostics: diagnosticsToProto(refused) };
    let newState: Value;
    if (planned === null) newState = await this.destroy(prior, call, diagnostics);
    else newState = await this.write(prior, planned, decodeDynamic(req.config, this.type), call, diagnostics);
    return { new_state: encodeDynamic(newState, this.type), private: req.planned_private, diagnostics: diagnosticsToProto(diagnostics) };
  }

  async import(req: proto.ImportResourceStateRequest, call: CallContext): Promise<proto.ImportResourceStateResponse> {
    const id = req.id ?? '';
    const diagnostics: Diagnostic[] = [];
    const { description, example, only } = this.definition.importId;
    const format = `The import id is ${description}, for example "${example}".`;
    if (only !== undefined && !only.includes(id)) {
      diagnostics.push(errorDiagnostic('Invalid import id', `${format} Got "${id}".`, attributePath('id')));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    }
    try {
      const skeleton = this.definition.importState?.(id) ?? { id };
      const state = modelToBlock(skeleton as Model, this.definition.schema);
      const fresh = await this.readObject(this.withMember(state, 'timeouts', null), call, diagnostics);
      if (fresh === null) {
        const detail = `No ${this.definition.name} with import id "${id}" exists. ${format}`;
        diagnostics.push(errorDiagnostic('Cannot import non-existent remote object', detail));
        return { diagnostics: diagnosticsToProto(diagnostics) };
      }
      return {
        imported_resources: [{ type_name: this.definition.name, state: encodeDynamic(fresh, this.type) }],
        diagnostics: diagnosticsToProto(diagnostics),
      };
    } catch (error) {
      // A malformed id mostly fails as the server's refusal of a parameter (a 400 naming its
      // format there), which says nothing of the id terraform wants: name it.
      const failed = diagnosticFromError(error, `Importing ${this.definition.name} "${id}" failed`);
      const named = failed.summary === 'Invalid import id' || failed.detail.includes(`"${example}"`);
      diagnostics.push(named ? failed : { ...failed, detail: `${failed.detail}\n\n${format}` });
      return { diagnostics: diagnosticsToProto(diagnostics) };
    }
  }

  /** Reads the object behind `state`; null when it is gone. */
  private async readObject(state: Value, call: CallContext, diagnostics: Diagnostic[]): Promise<Value> {
    const deadline = this.deadline('read', state, call);
    try {
      const fresh = await this.definition.read(this.operationContext(deadline, call, diagnostics), blockToModel(state, this.definition.schema));
      if (fresh === null) return null;
      return this.finish(state, fresh, getAttr(state, 'timeouts'));
    } catch (error) {
      throw deadline.expired() ?? error;
    } finally {
      deadline.dispose();
    }
  }

  private async destroy(prior: Value, call: CallContext, diagnostics: Diagnostic[]): Promise<Value> {
    const deadline = this.deadline('delete', prior, call);
    try {
      await this.definition.delete(this.operationContext(deadline, call, diagnostics), blockToModel(prior, this.definition.schema));
      return null;
    } catch (error) {
      // The object is still there: keep it in state so terraform can try again.
      diagnostics.push(diagnosticFromError(deadline.expired() ?? this.explain(error, 'delete', prior), `Deleting ${this.definition.name} failed`));
      return prior;
    } finally {
      deadline.dispose();
    }
  }

  private async write(prior: Value, planned: Value, config: Value, call: CallContext, diagnostics: Diagnostic[]): Promise<Value> {
    const creating = prior === null;
    let partial: Model | undefined;
    const deadline = this.deadline(creating ? 'create' : 'update', planned, call);
    const ctx: WriteContext<P, Model> = {
      ...this.operationContext(deadline, call, diagnostics),
      savePartialState: (state) => (partial = state),
    };
    // Write-only values are in the configuration only: create and update find them in the plan model.
    const plan = blockToModel(withConfiguredWriteOnly(this.schema, planned, config), this.definition.schema);
    try {
      const result = creating ? await this.definition.create(ctx, plan) : await this.definition.update(ctx, plan, blockToModel(prior, this.definition.schema));
      const state = this.finish(planned, result, getAttr(planned, 'timeouts'));
      for (const mismatch of inconsistencies(this.schema, planned, state)) {
        diagnostics.push(
          errorDiagnostic(
            'Server result differs from the plan',
            `${pathToString(mismatch.path)} was planned as ${show(mismatch.planned)} but the server reports ${show(mismatch.actual)}. The object was saved as the server reports it; please report this provider bug.`,
            mismatch.path,
          ),
        );
      }
      return state;
    } catch (error) {
      diagnostics.push(
        diagnosticFromError(
          deadline.expired() ?? this.explain(error, creating ? 'create' : 'update', planned),
          `${creating ? 'Creating' : 'Updating'} ${this.definition.name} failed`,
        ),
      );
      return this.recover(partial, prior, planned, call, diagnostics);
    } finally {
      deadline.dispose();
    }
  }

  /**
   * After a failed create or update: what exists on the server now. Re-read from the partial
   * state the resource recorded (or the prior state); if even that fails, keep what we have.
   */
  private async recover(partial: Model | undefined, prior: Value, planned: Value, call: CallContext, diagnostics: Diagnostic[]): Promise<Value> {
    const timeouts = getAttr(planned, 'timeouts');
    const known = partial ? this.finish(planned, partial, timeouts) : prior;
    if (known === null) return null;
    const recoveryCall: CallContext = { ...call, signal: AbortSignal.timeout(RECOVERY_READ_MS) };
    try {
      const fresh = await this.readObject(known, recoveryCall, []);
      return fresh === null ? null : this.withMember(fresh, 'timeouts', timeouts);
    } catch (error) {
      diagnostics.push(warningDiagnostic('Could not re-read the object after the failure', error instanceof Error ? error.message : String(error)));
      return known;
    }
  }

  /** The provider's explanation of an API error (the attribute and the fix), else the error itself. */
  private explain(error: unknown, operation: Operation, values: Value): unknown {
    try {
      return this.explainError?.(error, { resourceType: this.definition.name, operation, values: new ObjectView(values) }) ?? error;
    } catch {
      return error; // an explainer's own failure must not hide the real error
    }
  }

  /** A model from the resource as a state value, reconciled with what terraform holds. */
  private finish(known: Value, model: Model, timeouts: Value): Value {
    const fresh = this.withMember(modelToBlock(model, this.definition.schema), 'timeouts', timeouts);
    return withoutWriteOnly(this.schema, reconcile(this.schema, known, fresh));
  }

  private withMember(value: Value, name: string, member: Value): Value {
    if (!('timeouts' in this.schema.blocks) || !isObjectValue(value)) return value;
    return { ...value, [name]: member };
  }

  private operationContext(deadline: OperationDeadline, call: CallContext, diagnostics: Diagnostic[]): OperationContext<P> {
    return {
      provider: this.requireProvider(),
      logger: call.logger.with({ tf_resource_type: this.definition.name, tf_operation: deadline.operation }),
      // Built on first use (most reads never use it), with the time limit counted from the operation's start.
      get signal() {
        return deadline.signal;
      },
      timeoutMs: deadline.limit?.ms,
      warn: (summary, detail, path) => diagnostics.push(warningDiagnostic(summary, detail ?? summary, path)),
    };
  }

  /** The operation's time limit (configured in the `timeouts` block, else the resource's default), counted from now. */
  private deadline(operation: Operation, state: Value, call: CallContext): OperationDeadline {
    const configured = getAttr(getAttr(state, 'timeouts'), operation);
    const text = typeof configured === 'string' ? configured : this.definition.timeouts?.[operation];
    const ms = text === undefined ? undefined : parseDuration(text);
    return new OperationDeadline(operation, ms === undefined || text === undefined ? undefined : { ms, text }, () => call.signal);
  }

  private requireProvider(): P {
    const provider = this.provider();
    if (provider === undefined) {
      throw new Error('The provider is not configured: its configuration depends on values that are not known yet, or configuring it failed.');
    }
    return provider;
  }

  private planContext(
    prior: Value,
    config: Value,
    getPlanned: () => Value,
    setPlanned: (value: Value) => void,
    requiresReplace: AttributePath[],
    diagnostics: Diagnostic[],
    refusals: Array<{ summary: string; detail: string; path: AttributePath }>,
  ): PlanContext<P> {
    const at = (p: string | AttributePath) => (typeof p === 'string' ? attributePath(...p.split('.')) : p);
    const validation = validateContext(config, diagnostics);
    return {
      provider: this.provider(),
      creating: prior === null,
      config: validation.config,
      prior: new ObjectView(prior),
      get planned() {
        return new ObjectView(getPlanned());
      },
      setPlanned: (name, value) => {
        const current = getPlanned();
        if (isObjectValue(current)) setPlanned({ ...current, [name]: value });
      },
      keepPrior: (name) => {
        const current = getPlanned();
        if (prior === null || !isObjectValue(current)) return;
        const kept = { ...current, [name]: getAttr(prior, name) };
        // Unknown only because the object was to change: their prior values, if nothing else does.
        const settled = { ...kept };
        for (const [other, attribute] of Object.entries(this.schema.attributes))
          if (attribute.computed && getAttr(config, other) === null && isUnknown(kept[other] ?? null)) settled[other] = getAttr(prior, other);
        setPlanned(valuesEqual(settled, prior, this.type) ? prior : kept);
      },
      updates: () => prior !== null && !valuesEqual(withoutWriteOnly(this.schema, getPlanned()), prior, this.type),
      requireReplace: (name) => {
        // A write-only path in requires_replace would make terraform replace on every plan.
        if (this.schema.attributes[name]?.writeOnly) throw new Error(`${name} is write-only and cannot require replacement`);
        if (prior !== null && !requiresReplace.some((p) => pathToString(p) === name)) requiresReplace.push(at(name));
      },
      error: validation.error,
      warn: validation.warn,
      refuseUpdate: (path, summary, detail) => refusals.push({ summary, detail, path: at(path) }),
    };
  }

  /** Our own check that the plan keeps every configured value, with a message that says which. */
  private contradictions(config: Value, prior: Value, planned: Value): Diagnostic[] {
    const found: Diagnostic[] = [];
    for (const [name, attribute] of Object.entries(this.schema.attributes)) {
      const configured = getAttr(config, name);
      if (configured === null || attribute.writeOnly) continue;
      const plannedValue = getAttr(planned, name);
      // Terraform also accepts the prior value for a configured attribute: "equivalent, no change".
      const priorValue = getAttr(prior, name);
      if (priorValue !== null && valuesEqual(priorValue, plannedValue, attribute.type)) continue;
      if (isUnknown(configured) ? !isUnknown(plannedValue) : !valuesEqual(configured, plannedValue, attribute.type)) {
        found.push(
          errorDiagnostic(
            'Provider planned a value other than the configured one',
            `${name} is configured as ${show(configured)} but was planned as ${show(plannedValue)}; this is a provider bug.`,
            [{ attribute: name }],
          ),
        );
      }
    }
    return found;
  }
}

function show(value: Value): string {
  if (isUnknown(value)) return '(known after apply)';
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
}
