// https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataTruenasSnapshotsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Full name of the dataset or zvol, such as "tank/vms/vm-100-disk-0".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots#dataset DataTruenasSnapshots#dataset}
  */
  readonly dataset: string;
  /**
  * Only snapshots whose names this naming schema produces (e.g. "auto-%Y-%m-%d_%H-%M"); the rules of a periodic snapshot task's naming_schema apply.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots#naming_schema DataTruenasSnapshots#naming_schema}
  */
  readonly namingSchema?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots truenas_snapshots}
*/
export class DataTruenasSnapshots extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_snapshots";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataTruenasSnapshots resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataTruenasSnapshots to import
  * @param importFromId The id of the existing DataTruenasSnapshots that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataTruenasSnapshots to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_snapshots", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/snapshots truenas_snapshots} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataTruenasSnapshotsConfig
  */
  public constructor(scope: Construct, id: string, config: DataTruenasSnapshotsConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_snapshots',
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
    this._dataset = config.dataset;
    this._namingSchema = config.namingSchema;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // ids - computed: true, optional: false, required: false
  public get ids() {
    return this.getListAttribute('ids');
  }

  // names - computed: true, optional: false, required: false
  public get names() {
    return this.getListAttribute('names');
  }

  // naming_schema - computed: false, optional: true, required: false
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      dataset: cdktf.stringToTerraform(this._dataset),
      naming_schema: cdktf.stringToTerraform(this._namingSchema),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      dataset: {
        value: cdktf.stringToHclTerraform(this._dataset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      naming_schema: {
        value: cdktf.stringToHclTerraform(this._namingSchema),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
