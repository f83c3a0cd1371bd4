// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface PeriodicSnapshotTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take a snapshot even when nothing changed since the last one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#allow_empty PeriodicSnapshotTask#allow_empty}
  */
  readonly allowEmpty?: boolean | cdktf.IResolvable;
  /**
  * Start of the daily window in which the schedule fires (HH:MM).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#begin PeriodicSnapshotTask#begin}
  */
  readonly begin?: string;
  /**
  * Dataset or zvol to snapshot, such as "tank/vms/vm-100-disk-0".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#dataset PeriodicSnapshotTask#dataset}
  */
  readonly dataset: string;
  /**
  * Whether the task runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#enabled PeriodicSnapshotTask#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * End of the daily window in which the schedule fires (HH:MM).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#end PeriodicSnapshotTask#end}
  */
  readonly end?: string;
  /**
  * Children to leave out of a recursive task (full names under dataset).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#exclude PeriodicSnapshotTask#exclude}
  */
  readonly exclude?: string[];
  /**
  * HOUR, DAY, WEEK, MONTH or YEAR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#lifetime_unit PeriodicSnapshotTask#lifetime_unit}
  */
  readonly lifetimeUnit?: string;
  /**
  * How many lifetime units a snapshot is kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#lifetime_value PeriodicSnapshotTask#lifetime_value}
  */
  readonly lifetimeValue?: number;
  /**
  * strftime-like name of the snapshots; must contain %Y, %m, %d, %H and %M. Replication tasks find snapshots by it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#naming_schema PeriodicSnapshotTask#naming_schema}
  */
  readonly namingSchema?: string;
  /**
  * Also snapshot every child dataset and zvol (all in one atomic snapshot).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#recursive PeriodicSnapshotTask#recursive}
  */
  readonly recursive?: boolean | cdktf.IResolvable;
  /**
  * When to take snapshots, as a crontab line (minute hour day-of-month month day-of-week, UTC on the server clock); hourly by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#schedule PeriodicSnapshotTask#schedule}
  */
  readonly schedule?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task truenas_periodic_snapshot_task}
*/
export class PeriodicSnapshotTask extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_periodic_snapshot_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a PeriodicSnapshotTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the PeriodicSnapshotTask to import
  * @param importFromId The id of the existing PeriodicSnapshotTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the PeriodicSnapshotTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_periodic_snapshot_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/periodic_snapshot_task truenas_periodic_snapshot_task} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PeriodicSnapshotTaskConfig
  */
  public constructor(scope: Construct, id: string, config: PeriodicSnapshotTaskConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_periodic_snapshot_task',
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
    this._allowEmpty = config.allowEmpty;
    this._begin = config.begin;
    this._dataset = config.dataset;
    this._enabled = config.enabled;
    this._end = config.end;
    this._exclude = config.exclude;
    this._lifetimeUnit = config.lifetimeUnit;
    this._lifetimeValue = config.lifetimeValue;
    this._namingSchema = config.namingSchema;
    this._recursive = config.recursive;
    this._schedule = config.schedule;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_empty - computed: true, optional: true, required: false
  private _allowEmpty?: boolean | cdktf.IResolvable; 
  public get allowEmpty() {
    return this.getBooleanAttribute('allow_empty');
  }
  public set allowEmpty(value: boolean | cdktf.IResolvable) {
    this._allowEmpty = value;
  }
  public resetAllowEmpty() {
    this._allowEmpty = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowEmptyInput() {
    return this._allowEmpty;
  }

  // begin - computed: true, optional: true, required: false
  private _begin?: string; 
  public get begin() {
    return this.getStringAttribute('begin');
  }
  public set begin(value: string) {
    this._begin = value;
  }
  public resetBegin() {
    this._begin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beginInput() {
    return this._begin;
  }

  // dataset - computed: false, optional: false, required: true
  private _dataset?: string; 
  public get dataset() {
    return this.getStringAttribute('dataset');
  }
  public set dataset(value: string) {
    this._dataset = value;
  }
  // Temporarily expose input value. Use with caution.
  public get datasetInput() {
    return this._dataset;
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

  // end - computed: true, optional: true, required: false
  private _end?: string; 
  public get end() {
    return this.getStringAttribute('end');
  }
  public set end(value: string) {
    this._end = value;
  }
  public resetEnd() {
    this._end = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endInput() {
    return this._end;
  }

  // exclude - computed: true, optional: true, required: false
  private _exclude?: string[]; 
  public get exclude() {
    return this.getListAttribute('exclude');
  }
  public set exclude(value: string[]) {
    this._exclude = value;
  }
  public resetExclude() {
    this._exclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeInput() {
    return this._exclude;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // lifetime_unit - computed: true, optional: true, required: false
  private _lifetimeUnit?: string; 
  public get lifetimeUnit() {
    return this.getStringAttribute('lifetime_unit');
  }
  public set lifetimeUnit(value: string) {
    this._lifetimeUnit = value;
  }
  public resetLifetimeUnit() {
    this._lifetimeUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeUnitInput() {
    return this._lifetimeUnit;
  }

  // lifetime_value - computed: true, optional: true, required: false
  private _lifetimeValue?: number; 
  public get lifetimeValue() {
    return this.getNumberAttribute('lifetime_value');
  }
  public set lifetimeValue(value: number) {
    this._lifetimeValue = value;
  }
  public resetLifetimeValue() {
    this._lifetimeValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeValueInput() {
    return this._lifetimeValue;
  }

  // naming_schema - computed: true, optional: true, required: false
  private _namingSchema?: string; 
  public get namingSchema() {
    return this.getStringAttribute('naming_schema');
  }
  public set namingSchema(value: string) {
    this._namingSchema = value;
  }
  public resetNamingSchema() {
    this._namingSchema = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namingSchemaInput() {
    return this._namingSchema;
  }

  // recursive - computed: true, optional: true, required: false
  private _recursive?: boolean | cdktf.IResolvable; 
  public get recursive() {
    return this.getBooleanAttribute('recursive');
  }
  public set recursive(value: boolean | cdktf.IResolvable) {
    this._recursive = value;
  }
  public resetRecursive() {
    this._recursive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recursiveInput() {
    return this._recursive;
  }

  // schedule - computed: true, optional: true, required: false
  private _schedule?: string; 
  public get schedule() {
    return this.getStringAttribute('schedule');
  }
  public set schedule(value: string) {
    this._schedule = value;
  }
  public resetSchedule() {
    this._schedule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleInput() {
    return this._schedule;
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_empty: cdktf.booleanToTerraform(this._allowEmpty),
      begin: cdktf.stringToTerraform(this._begin),
      dataset: cdktf.stringToTerraform(this._dataset),
      enabled: cdktf.booleanToTerraform(this._enabled),
      end: cdktf.stringToTerraform(this._end),
      exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exclude),
      lifetime_unit: cdktf.stringToTerraform(this._lifetimeUnit),
      lifetime_value: cdktf.numberToTerraform(this._lifetimeValue),
      naming_schema: cdktf.stringToTerraform(this._namingSchema),
      recursive: cdktf.booleanToTerraform(this._recursive),
      schedule: cdktf.stringToTerraform(this._schedule),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_empty: {
        value: cdktf.booleanToHclTerraform(this._allowEmpty),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      begin: {
        value: cdktf.stringToHclTerraform(this._begin),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dataset: {
        value: cdktf.stringToHclTerraform(this._dataset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      end: {
        value: cdktf.stringToHclTerraform(this._end),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exclude: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exclude),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      lifetime_unit: {
        value: cdktf.stringToHclTerraform(this._lifetimeUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lifetime_value: {
        value: cdktf.numberToHclTerraform(this._lifetimeValue),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      naming_schema: {
        value: cdktf.stringToHclTerraform(this._namingSchema),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      recursive: {
        value: cdktf.booleanToHclTerraform(this._recursive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schedule: {
        value: cdktf.stringToHclTerraform(this._schedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
