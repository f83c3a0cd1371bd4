package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sync/atomic"

	"github.com/vmihailenco/msgpack/v5"
	"google.golang.org/protobuf/proto"

	"truemox.bench/tfplugin6"
)

// unknown is cty's unknown value on the msgpack wire: extension 0 with a single zero byte.
type unknown struct{}

func (unknown) MarshalMsgpack() ([]byte, error) { return []byte{0}, nil }
func (*unknown) UnmarshalMsgpack([]byte) error  { return nil }

// refinedUnknown is an unknown value with refinements (extension 12), kept as it came.
type refinedUnknown struct{ data []byte }

func (r refinedUnknown) MarshalMsgpack() ([]byte, error) { return r.data, nil }
func (r *refinedUnknown) UnmarshalMsgpack(b []byte) error {
	r.data = append([]byte(nil), b...)
	return nil
}

func init() {
	msgpack.RegisterExt(0, (*unknown)(nil))
	msgpack.RegisterExt(12, (*refinedUnknown)(nil))
}

func isUnknown(v interface{}) bool {
	switch v.(type) {
	case unknown, *unknown, refinedUnknown, *refinedUnknown:
		return true
	}
	return false
}

// resourceRules is what planning needs from a schema: the top-level computed attributes and
// the defaults our framework plans for optional attributes the configuration leaves unset.
type resourceRules struct {
	computed map[string]bool
	defaults map[string]interface{}
}

type provider struct {
	tfplugin6.UnimplementedProviderServer
	schema *tfplugin6.GetProviderSchema_Response
	rules  map[string]resourceRules
	nextID int64
}

// newProvider reads the GetProviderSchema response our framework encoded and the defaults
// (JSON: resource type -> attribute -> value) it plans.
func newProvider(schemaFile, defaultsFile string) (*provider, error) {
	raw, err := os.ReadFile(schemaFile)
	if err != nil {
		return nil, err
	}
	schema := &tfplugin6.GetProviderSchema_Response{}
	if err := proto.Unmarshal(raw, schema); err != nil {
		return nil, err
	}
	defaultsJSON, err := os.ReadFile(defaultsFile)
	if err != nil {
		return nil, err
	}
	defaults := map[string]map[string]interface{}{}
	if err := json.Unmarshal(defaultsJSON, &defaults); err != nil {
		return nil, err
	}
	rules := map[string]resourceRules{}
	for name, s := range schema.ResourceSchemas {
		computed := map[string]bool{}
		for _, a := range s.Block.Attributes {
			if a.Computed {
				computed[a.Name] = true
			}
		}
		rules[name] = resourceRules{computed: computed, defaults: defaults[name]}
	}
	return &provider{schema: schema, rules: rules}, nil
}

func decode(v *tfplugin6.DynamicValue) (interface{}, error) {
	if v == nil || len(v.Msgpack) == 0 {
		return nil, nil
	}
	return msgpack.NewDecoder(bytes.NewReader(v.Msgpack)).DecodeInterface()
}

func encode(v interface{}) (*tfplugin6.DynamicValue, error) {
	b, err := msgpack.Marshal(v)
	if err != nil {
		return nil, err
	}
	return &tfplugin6.DynamicValue{Msgpack: b}, nil
}

func errorDiagnostics(err error) []*tfplugin6.Diagnostic {
	return []*tfplugin6.Diagnostic{{Severity: tfplugin6.Diagnostic_ERROR, Summary: err.Error()}}
}

func (p *provider) GetMetadata(context.Context, *tfplugin6.GetMetadata_Request) (*tfplugin6.GetMetadata_Response, error) {
	response := &tfplugin6.GetMetadata_Response{ServerCapabilities: p.schema.ServerCapabilities}
	for name := range p.schema.ResourceSchemas {
		response.Resources = append(response.Resources, &tfplugin6.GetMetadata_ResourceMetadata{TypeName: name})
	}
	return response, nil
}

func (p *provider) GetProviderSchema(context.Context, *tfplugin6.GetProviderSchema_Request) (*tfplugin6.GetProviderSchema_Response, error) {
	return p.schema, nil
}

func (p *provider) ValidateProviderConfig(context.Context, *tfplugin6.ValidateProviderConfig_Request) (*tfplugin6.ValidateProviderConfig_Response, error) {
	return &tfplugin6.ValidateProviderConfig_Response{}, nil
}

func (p *provider) ConfigureProvider(context.Context, *tfplugin6.ConfigureProvider_Request) (*tfplugin6.ConfigureProvider_Response, error) {
	return &tfplugin6.ConfigureProvider_Response{}, nil
}

func (p *provider) StopProvider(context.Context, *tfplugin6.StopProvider_Request) (*tfplugin6.StopProvider_Response, error) {
	return &tfplugin6.StopProvider_Response{}, nil
}

var thingName = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// ValidateResourceConfig decodes the configuration and checks the one rule the bench
// configurations reach: the thing's name pattern.
func (p *provider) ValidateResourceConfig(_ context.Context, req *tfplugin6.ValidateResourceConfig_Request) (*tfplugin6.ValidateResourceConfig_Response, error) {
	config, err := decode(req.Config)
	if err != nil {
		return &tfplugin6.ValidateResourceConfig_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	if object, ok := config.(map[string]interface{}); ok && req.TypeName == "bench_thing" {
		if name, ok := object["name"].(string); ok && !thingName.MatchString(name) {
			return &tfplugin6.ValidateResourceConfig_Response{Diagnostics: errorDiagnostics(fmt.Errorf("name: must start with a letter and hold only a-z, 0-9 and -"))}, nil
		}
	}
	return &tfplugin6.ValidateResourceConfig_Response{}, nil
}

// UpgradeResourceState turns the stored JSON into a msgpack value (there is one version).
func (p *provider) UpgradeResourceState(_ context.Context, req *tfplugin6.UpgradeResourceState_Request) (*tfplugin6.UpgradeResourceState_Response, error) {
	var state interface{}
	if req.RawState != nil && len(req.RawState.Json) > 0 {
		if err := json.Unmarshal(req.RawState.Json, &state); err != nil {
			return &tfplugin6.UpgradeResourceState_Response{Diagnostics: errorDiagnostics(err)}, nil
		}
	}
	upgraded, err := encode(state)
	if err != nil {
		return &tfplugin6.UpgradeResourceState_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	return &tfplugin6.UpgradeResourceState_Response{UpgradedState: upgraded}, nil
}

// ReadResource decodes the state and writes it back: the objects live in terraform's state.
func (p *provider) ReadResource(_ context.Context, req *tfplugin6.ReadResource_Request) (*tfplugin6.ReadResource_Response, error) {
	state, err := decode(req.CurrentState)
	if err != nil {
		return &tfplugin6.ReadResource_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	newState, err := encode(state)
	if err != nil {
		return &tfplugin6.ReadResource_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	return &tfplugin6.ReadResource_Response{NewState: newState, Private: req.Private}, nil
}

// PlanResourceChange plans the proposed state; on create, computed attributes the
// configuration leaves unset become their default or unknown.
func (p *provider) PlanResourceChange(_ context.Context, req *tfplugin6.PlanResourceChange_Request) (*tfplugin6.PlanResourceChange_Response, error) {
	fail := func(err error) (*tfplugin6.PlanResourceChange_Response, error) {
		return &tfplugin6.PlanResourceChange_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	proposed, err := decode(req.ProposedNewState)
	if err != nil {
		return fail(err)
	}
	prior, err := decode(req.PriorState)
	if err != nil {
		return fail(err)
	}
	config, err := decode(req.Config)
	if err != nil {
		return fail(err)
	}
	planned, isObject := proposed.(map[string]interface{})
	if isObject && prior == nil {
		rules := p.rules[req.TypeName]
		configured, _ := config.(map[string]interface{})
		for name := range rules.computed {
			if configured[name] != nil {
				continue
			}
			if value, ok := rules.defaults[name]; ok {
				planned[name] = value
			} else {
				planned[name] = &unknown{}
			}
		}
	}
	encoded, err := encode(proposed)
	if err != nil {
		return fail(err)
	}
	return &tfplugin6.PlanResourceChange_Response{PlannedState: encoded, PlannedPrivate: req.PriorPrivate}, nil
}

// known replaces what is still unknown after apply with null.
func known(v interface{}) interface{} {
	switch value := v.(type) {
	case map[string]interface{}:
		for k, item := range value {
			value[k] = known(item)
		}
	case []interface{}:
		for i, item := range value {
			value[i] = known(item)
		}
	default:
		if isUnknown(v) {
			return nil
		}
	}
	return v
}

// ApplyResourceChange creates (an id from a counter), updates or deletes in memory.
func (p *provider) ApplyResourceChange(_ context.Context, req *tfplugin6.ApplyResourceChange_Request) (*tfplugin6.ApplyResourceChange_Response, error) {
	fail := func(err error) (*tfplugin6.ApplyResourceChange_Response, error) {
		return &tfplugin6.ApplyResourceChange_Response{Diagnostics: errorDiagnostics(err)}, nil
	}
	planned, err := decode(req.PlannedState)
	if err != nil {
		return fail(err)
	}
	if object, ok := planned.(map[string]interface{}); ok && isUnknown(object["id"]) {
		object["id"] = fmt.Sprintf("obj-%d", atomic.AddInt64(&p.nextID, 1))
	}
	newState, err := encode(known(planned))
	if err != nil {
		return fail(err)
	}
	return &tfplugin6.ApplyResourceChange_Response{NewState: newState, Private: req.PlannedPrivate}, nil
}
