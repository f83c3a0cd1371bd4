// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetNamespaceConfig extends cdktf.TerraformMetaArguments {
  /**
  * For ZVOL, "zvol/<pool>/<name>" (such as `"zvol/${truenas_zvol.disk.name}"`); for FILE, a file path under /mnt/<pool>.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#device_path NvmetNamespace#device_path}
  */
  readonly devicePath: string;
  /**
  * ZVOL or FILE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#device_type NvmetNamespace#device_type}
  */
  readonly deviceType: string;
  /**
  * Export the namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#enabled NvmetNamespace#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Size in bytes of a FILE namespace (required for a new file; it may only grow). Removing it from the configuration keeps the size TrueNAS has stored. A namespace made over an existing file without filesize has none stored, and TrueNAS cannot add one later (its update fails): grow the file, or replace the namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#filesize NvmetNamespace#filesize}
  */
  readonly filesize?: number;
  /**
  * Namespace id within the subsystem; unset, the lowest free one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#nsid NvmetNamespace#nsid}
  */
  readonly nsid?: number;
  /**
  * FILE namespaces only: also delete the backing file from the pool when the namespace is destroyed or replaced (its data is lost). Off by default: the server leaves the file, and a later FILE extent or namespace on the same path uses it as it is. Destroy reads this from the state: set it and apply before removing the resource from the configuration. A zvol is never deleted this way.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#remove_file_on_destroy NvmetNamespace#remove_file_on_destroy}
  */
  readonly removeFileOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * The subsystem that exports it (`truenas_nvmet_subsys.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#subsys_id NvmetNamespace#subsys_id}
  */
  readonly subsysId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace truenas_nvmet_namespace}
*/
export class NvmetNamespace extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_namespace";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetNamespace resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetNamespace to import
  * @param importFromId The id of the existing NvmetNamespace that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetNamespace to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_namespace", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_namespace truenas_nvmet_namespace} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetNamespaceConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetNamespaceConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_namespace',
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
    this._devicePath = config.devicePath;
    this._deviceType = config.deviceType;
    this._enabled = config.enabled;
    this._filesize = config.filesize;
    this._nsid = config.nsid;
    this._removeFileOnDestroy = config.removeFileOnDestroy;
    this._subsysId = config.subsysId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // device_nguid - computed: true, optional: false, required: false
  public get deviceNguid() {
    return this.getStringAttribute('device_nguid');
  }

  // device_path - computed: false, optional: false, required: true
  private _devicePath?: string; 
  public get devicePath() {
    return this.getStringAttribute('device_path');
  }
  public set devicePath(value: string) {
    this._devicePath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get devicePathInput() {
    return this._devicePath;
  }

  // device_type - computed: false, optional: false, required: true
  private _deviceType?: string; 
  public get deviceType() {
    return this.getStringAttribute('device_type');
  }
  public set deviceType(value: string) {
    this._deviceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceTypeInput() {
    return this._deviceType;
  }

  // device_uuid - computed: true, optional: false, required: false
  public get deviceUuid() {
    return this.getStringAttribute('device_uuid');
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

  // filesize - computed: true, optional: true, required: false
  private _filesize?: number; 
  public get filesize() {
    return this.getNumberAttribute('filesize');
  }
  public set filesize(value: number) {
    this._filesize = value;
  }
  public resetFilesize() {
    this._filesize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filesizeInput() {
    return this._filesize;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // nsid - computed: true, optional: true, required: false
  private _nsid?: number; 
  public get nsid() {
    return this.getNumberAttribute('nsid');
  }
  public set nsid(value: number) {
    this._nsid = value;
  }
  public resetNsid() {
    this._nsid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nsidInput() {
    return this._nsid;
  }

  // remove_file_on_destroy - computed: true, optional: true, required: false
  private _removeFileOnDestroy?: boolean | cdktf.IResolvable; 
  public get removeFileOnDestroy() {
    return this.getBooleanAttribute('remove_file_on_destroy');
  }
  public set removeFileOnDestroy(value: boolean | cdktf.IResolvable) {
    this._removeFileOnDestroy = value;
  }
  public resetRemoveFileOnDestroy() {
    this._removeFileOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeFileOnDestroyInput() {
    return this._removeFileOnDestroy;
  }

  // subsys_id - computed: false, optional: false, required: true
  private _subsysId?: number; 
  public get subsysId() {
    return this.getNumberAttribute('subsys_id');
  }
  public set subsysId(value: number) {
    this._subsysId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subsysIdInput() {
    return this._subsysId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      device_path: cdktf.stringToTerraform(this._devicePath),
      device_type: cdktf.stringToTerraform(this._deviceType),
      enabled: cdktf.booleanToTerraform(this._enabled),
      filesize: cdktf.numberToTerraform(this._filesize),
      nsid: cdktf.numberToTerraform(this._nsid),
      remove_file_on_destroy: cdktf.booleanToTerraform(this._removeFileOnDestroy),
      subsys_id: cdktf.numberToTerraform(this._subsysId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      device_path: {
        value: cdktf.stringToHclTerraform(this._devicePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      device_type: {
        value: cdktf.stringToHclTerraform(this._deviceType),
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
      filesize: {
        value: cdktf.numberToHclTerraform(this._filesize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nsid: {
        value: cdktf.numberToHclTerraform(this._nsid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      remove_file_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._removeFileOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      subsys_id: {
        value: cdktf.numberToHclTerraform(this._subsysId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
