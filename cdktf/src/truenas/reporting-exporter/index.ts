// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ReportingExporterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Sends kept while the server is unreachable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#buffer_on_failures ReportingExporter#buffer_on_failures}
  */
  readonly bufferOnFailures?: number;
  /**
  * Address (or host name) of the Graphite server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#destination_ip ReportingExporter#destination_ip}
  */
  readonly destinationIp: string;
  /**
  * Its plaintext port, usually 2003.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#destination_port ReportingExporter#destination_port}
  */
  readonly destinationPort: number;
  /**
  * Whether metrics are sent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#enabled ReportingExporter#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Which charts to send (netdata simple patterns, space-separated).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#matching_charts ReportingExporter#matching_charts}
  */
  readonly matchingCharts?: string;
  /**
  * A unique name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#name ReportingExporter#name}
  */
  readonly name: string;
  /**
  * The metrics namespace (the first path element after the prefix).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#namespace ReportingExporter#namespace}
  */
  readonly namespace: string;
  /**
  * Prefix of every metric name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#prefix ReportingExporter#prefix}
  */
  readonly prefix?: string;
  /**
  * Name charts and dimensions by their names rather than ids.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#send_names_instead_of_ids ReportingExporter#send_names_instead_of_ids}
  */
  readonly sendNamesInsteadOfIds?: boolean | cdktf.IResolvable;
  /**
  * Seconds between two sends.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#update_every ReportingExporter#update_every}
  */
  readonly updateEvery?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter truenas_reporting_exporter}
*/
export class ReportingExporter extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_reporting_exporter";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ReportingExporter resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ReportingExporter to import
  * @param importFromId The id of the existing ReportingExporter that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ReportingExporter to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_reporting_exporter", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/reporting_exporter truenas_reporting_exporter} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ReportingExporterConfig
  */
  public constructor(scope: Construct, id: string, config: ReportingExporterConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_reporting_exporter',
      terraformGeneratorMetadata: {
        providerName: 'truenas',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._bufferOnFailures = config.bufferOnFailures;
    this._destinationIp = config.destinationIp;
    this._destinationPort = config.destinationPort;
    this._enabled = config.enabled;
    this._matchingCharts = config.matchingCharts;
    this._name = config.name;
    this._namespace = config.namespace;
    this._prefix = config.prefix;
    this._sendNamesInsteadOfIds = config.sendNamesInsteadOfIds;
    this._updateEvery = config.updateEvery;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // buffer_on_failures - computed: true, optional: true, required: false
  private _bufferOnFailures?: number; 
  public get bufferOnFailures() {
    return this.getNumberAttribute('buffer_on_failures');
  }
  public set bufferOnFailures(value: number) {
    this._bufferOnFailures = value;
  }
  public resetBufferOnFailures() {
    this._bufferOnFailures = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bufferOnFailuresInput() {
    return this._bufferOnFailures;
  }

  // destination_ip - computed: false, optional: false, required: true
  private _destinationIp?: string; 
  public get destinationIp() {
    return this.getStringAttribute('destination_ip');
  }
  public set destinationIp(value: string) {
    this._destinationIp = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationIpInput() {
    return this._destinationIp;
  }

  // destination_port - computed: false, optional: false, required: true
  private _destinationPort?: number; 
  public get destinationPort() {
    return this.getNumberAttribute('destination_port');
  }
  public set destinationPort(value: number) {
    this._destinationPort = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationPortInput() {
    return this._destinationPort;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // matching_charts - computed: true, optional: true, required: false
  private _matchingCharts?: string; 
  public get matchingCharts() {
    return this.getStringAttribute('matching_charts');
  }
  public set matchingCharts(value: string) {
    this._matchingCharts = value;
  }
  public resetMatchingCharts() {
    this._matchingCharts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchingChartsInput() {
    return this._matchingCharts;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // namespace - computed: false, optional: false, required: true
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // send_names_instead_of_ids - computed: true, optional: true, required: false
  private _sendNamesInsteadOfIds?: boolean | cdktf.IResolvable; 
  public get sendNamesInsteadOfIds() {
    return this.getBooleanAttribute('send_names_instead_of_ids');
  }
  public set sendNamesInsteadOfIds(value: boolean | cdktf.IResolvable) {
    this._sendNamesInsteadOfIds = value;
  }
  public resetSendNamesInsteadOfIds() {
    this._sendNamesInsteadOfIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendNamesInsteadOfIdsInput() {
    return this._sendNamesInsteadOfIds;
  }

  // update_every - computed: true, optional: true, required: false
  private _updateEvery?: number; 
  public get updateEvery() {
    return this.getNumberAttribute('update_every');
  }
  public set updateEvery(value: number) {
    this._updateEvery = value;
  }
  public resetUpdateEvery() {
    this._updateEvery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateEveryInput() {
    return this._updateEvery;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      buffer_on_failures: cdktf.numberToTerraform(this._bufferOnFailures),
      destination_ip: cdktf.stringToTerraform(this._destinationIp),
      destination_port: cdktf.numberToTerraform(this._destinationPort),
      enabled: cdktf.booleanToTerraform(this._enabled),
      matching_charts: cdktf.stringToTerraform(this._matchingCharts),
      name: cdktf.stringToTerraform(this._name),
      namespace: cdktf.stringToTerraform(this._namespace),
      prefix: cdktf.stringToTerraform(this._prefix),
      send_names_instead_of_ids: cdktf.booleanToTerraform(this._sendNamesInsteadOfIds),
      update_every: cdktf.numberToTerraform(this._updateEvery),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      buffer_on_failures: {
        value: cdktf.numberToHclTerraform(this._bufferOnFailures),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      destination_ip: {
        value: cdktf.stringToHclTerraform(this._destinationIp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destination_port: {
        value: cdktf.numberToHclTerraform(this._destinationPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      matching_charts: {
        value: cdktf.stringToHclTerraform(this._matchingCharts),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      namespace: {
        value: cdktf.stringToHclTerraform(this._namespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      prefix: {
        value: cdktf.stringToHclTerraform(this._prefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      send_names_instead_of_ids: {
        value: cdktf.booleanToHclTerraform(this._sendNamesInsteadOfIds),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      update_every: {
        value: cdktf.numberToHclTerraform(this._updateEvery),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
