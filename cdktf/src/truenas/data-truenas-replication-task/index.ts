// https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/replication_task
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataTruenasReplicationTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * Name of the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/replication_task#name DataTruenasReplicationTask#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/replication_task truenas_replication_task}
*/
export class DataTruenasReplicationTask extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_replication_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataTruenasReplicationTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataTruenasReplicationTask to import
  * @param importFromId The id of the existing DataTruenasReplicationTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/replication_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataTruenasReplicationTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_replication_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/replication_task truenas_replication_task} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataTruenasReplicationTaskConfig
  */
  public constructor(scope: Construct, id: string, config: DataTruenasReplicationTaskConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_replication_task',
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
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_from_scratch - computed: true, optional: false, required: false
  public get allowFromScratch() {
    return this.getBooleanAttribute('allow_from_scratch');
  }

  // also_include_naming_schema - computed: true, optional: false, required: false
  public get alsoIncludeNamingSchema() {
    return this.getListAttribute('also_include_naming_schema');
  }

  // auto - computed: true, optional: false, required: false
  public get auto() {
    return this.getBooleanAttribute('auto');
  }

  // compressed - computed: true, optional: false, required: false
  public get compressed() {
    return this.getBooleanAttribute('compressed');
  }

  // compression - computed: true, optional: false, required: false
  public get compression() {
    return this.getStringAttribute('compression');
  }

  // direction - computed: true, optional: false, required: false
  public get direction() {
    return this.getStringAttribute('direction');
  }

  // embed - computed: true, optional: false, required: false
  public get embed() {
    return this.getBooleanAttribute('embed');
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }

  // encryption - computed: true, optional: false, required: false
  public get encryption() {
    return this.getBooleanAttribute('encryption');
  }

  // encryption_inherit - computed: true, optional: false, required: false
  public get encryptionInherit() {
    return this.getBooleanAttribute('encryption_inherit');
  }

  // encryption_key_format - computed: true, optional: false, required: false
  public get encryptionKeyFormat() {
    return this.getStringAttribute('encryption_key_format');
  }

  // encryption_key_location - computed: true, optional: false, required: false
  public get encryptionKeyLocation() {
    return this.getStringAttribute('encryption_key_location');
  }

  // error - computed: true, optional: false, required: false
  public get error() {
    return this.getStringAttribute('error');
  }

  // exclude - computed: true, optional: false, required: false
  public get exclude() {
    return this.getListAttribute('exclude');
  }

  // hold_pending_snapshots - computed: true, optional: false, required: false
  public get holdPendingSnapshots() {
    return this.getBooleanAttribute('hold_pending_snapshots');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // large_block - computed: true, optional: false, required: false
  public get largeBlock() {
    return this.getBooleanAttribute('large_block');
  }

  // last_run - computed: true, optional: false, required: false
  public get lastRun() {
    return this.getStringAttribute('last_run');
  }

  // last_snapshot - computed: true, optional: false, required: false
  public get lastSnapshot() {
    return this.getStringAttribute('last_snapshot');
  }

  // lifetime_unit - computed: true, optional: false, required: false
  public get lifetimeUnit() {
    return this.getStringAttribute('lifetime_unit');
  }

  // lifetime_value - computed: true, optional: false, required: false
  public get lifetimeValue() {
    return this.getNumberAttribute('lifetime_value');
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

  // name_regex - computed: true, optional: false, required: false
  public get nameRegex() {
    return this.getStringAttribute('name_regex');
  }

  // naming_schema - computed: true, optional: false, required: false
  public get namingSchema() {
    return this.getListAttribute('naming_schema');
  }

  // netcat_active_side - computed: true, optional: false, required: false
  public get netcatActiveSide() {
    return this.getStringAttribute('netcat_active_side');
  }

  // netcat_active_side_listen_address - computed: true, optional: false, required: false
  public get netcatActiveSideListenAddress() {
    return this.getStringAttribute('netcat_active_side_listen_address');
  }

  // netcat_active_side_port_max - computed: true, optional: false, required: false
  public get netcatActiveSidePortMax() {
    return this.getNumberAttribute('netcat_active_side_port_max');
  }

  // netcat_active_side_port_min - computed: true, optional: false, required: false
  public get netcatActiveSidePortMin() {
    return this.getNumberAttribute('netcat_active_side_port_min');
  }

  // netcat_passive_side_connect_address - computed: true, optional: false, required: false
  public get netcatPassiveSideConnectAddress() {
    return this.getStringAttribute('netcat_passive_side_connect_address');
  }

  // only_matching_schedule - computed: true, optional: false, required: false
  public get onlyMatchingSchedule() {
    return this.getBooleanAttribute('only_matching_schedule');
  }

  // periodic_snapshot_task_ids - computed: true, optional: false, required: false
  public get periodicSnapshotTaskIds() {
    return this.getNumberListAttribute('periodic_snapshot_task_ids');
  }

  // properties - computed: true, optional: false, required: false
  public get properties() {
    return this.getBooleanAttribute('properties');
  }

  // properties_exclude - computed: true, optional: false, required: false
  public get propertiesExclude() {
    return this.getListAttribute('properties_exclude');
  }

  // properties_override - computed: true, optional: false, required: false
  private _propertiesOverride = new cdktf.StringMap(this, "properties_override");
  public get propertiesOverride() {
    return this._propertiesOverride;
  }

  // readonly - computed: true, optional: false, required: false
  public get readonly() {
    return this.getStringAttribute('readonly');
  }

  // recursive - computed: true, optional: false, required: false
  public get recursive() {
    return this.getBooleanAttribute('recursive');
  }

  // replicate - computed: true, optional: false, required: false
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }

  // restrict_schedule - computed: true, optional: false, required: false
  public get restrictSchedule() {
    return this.getStringAttribute('restrict_schedule');
  }

  // retention_policy - computed: true, optional: false, required: false
  public get retentionPolicy() {
    return this.getStringAttribute('retention_policy');
  }

  // retries - computed: true, optional: false, required: false
  public get retries() {
    return this.getNumberAttribute('retries');
  }

  // schedule - computed: true, optional: false, required: false
  public get schedule() {
    return this.getStringAttribute('schedule');
  }

  // source_datasets - computed: true, optional: false, required: false
  public get sourceDatasets() {
    return this.getListAttribute('source_datasets');
  }

  // speed_limit - computed: true, optional: false, required: false
  public get speedLimit() {
    return this.getNumberAttribute('speed_limit');
  }

  // ssh_credentials - computed: true, optional: false, required: false
  public get sshCredentials() {
    return this.getNumberAttribute('ssh_credentials');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // target_dataset - computed: true, optional: false, required: false
  public get targetDataset() {
    return this.getStringAttribute('target_dataset');
  }

  // transport - computed: true, optional: false, required: false
  public get transport() {
    return this.getStringAttribute('transport');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
