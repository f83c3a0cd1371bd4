// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NodeDiskLvmConfig extends cdktf.TerraformMetaArguments {
  /**
  * Also add a storage of type lvm named like it, for this node only (needs Datastore.Allocate on /storage). Destroying with wipe_on_destroy removes it again (cleanup-config). Unset: false for a new volume group; for an imported one whether such a storage exists (the web UI adds one by default), kept. Changing it replaces the volume group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#add_storage NodeDiskLvm#add_storage}
  */
  readonly addStorage?: boolean | cdktf.IResolvable;
  /**
  * The free disk, such as "/dev/sdb" (data "proxmox_node_disks" with unused_only = true lists them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#device NodeDiskLvm#device}
  */
  readonly device: string;
  /**
  * Name of the volume group (a storage id: with add_storage, also the storage's).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#name NodeDiskLvm#name}
  */
  readonly name: string;
  /**
  * The node whose disks are used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#node NodeDiskLvm#node}
  */
  readonly nodeAttribute: string;
  /**
  * On destroy, destroy the volume group and wipe its disks (cleanup-disks), so all data on it is lost. Default false: destroying only removes it from the Terraform state, with a warning, and leaves the volume group, its data and its disks as they are. Set it to true and apply before destroying.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#wipe_on_destroy NodeDiskLvm#wipe_on_destroy}
  */
  readonly wipeOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#timeouts NodeDiskLvm#timeouts}
  */
  readonly timeouts?: NodeDiskLvmTimeouts;
}
export interface NodeDiskLvmTimeouts {
  /**
  * How long to wait for create before giving up (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#create NodeDiskLvm#create}
  */
  readonly create?: string;
  /**
  * How long to wait for delete before giving up (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#delete NodeDiskLvm#delete}
  */
  readonly delete?: string;
}

export function nodeDiskLvmTimeoutsToTerraform(struct?: NodeDiskLvmTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function nodeDiskLvmTimeoutsToHclTerraform(struct?: NodeDiskLvmTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NodeDiskLvmTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NodeDiskLvmTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NodeDiskLvmTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm proxmox_node_disk_lvm}
*/
export class NodeDiskLvm extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_node_disk_lvm";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NodeDiskLvm resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NodeDiskLvm to import
  * @param importFromId The id of the existing NodeDiskLvm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NodeDiskLvm to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_disk_lvm", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_lvm proxmox_node_disk_lvm} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NodeDiskLvmConfig
  */
  public constructor(scope: Construct, id: string, config: NodeDiskLvmConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_node_disk_lvm',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
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
    this._addStorage = config.addStorage;
    this._device = config.device;
    this._name = config.name;
    this._node = config.nodeAttribute;
    this._wipeOnDestroy = config.wipeOnDestroy;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // add_storage - computed: true, optional: true, required: false
  private _addStorage?: boolean | cdktf.IResolvable; 
  public get addStorage() {
    return this.getBooleanAttribute('add_storage');
  }
  public set addStorage(value: boolean | cdktf.IResolvable) {
    this._addStorage = value;
  }
  public resetAddStorage() {
    this._addStorage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addStorageInput() {
    return this._addStorage;
  }

  // device - computed: false, optional: false, required: true
  private _device?: string; 
  public get device() {
    return this.getStringAttribute('device');
  }
  public set device(value: string) {
    this._device = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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

  // node - computed: false, optional: false, required: true
  private _node?: string; 
  public get nodeAttribute() {
    return this.getStringAttribute('node');
  }
  public set nodeAttribute(value: string) {
    this._node = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeAttributeInput() {
    return this._node;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getNumberAttribute('size');
  }

  // wipe_on_destroy - computed: true, optional: true, required: false
  private _wipeOnDestroy?: boolean | cdktf.IResolvable; 
  public get wipeOnDestroy() {
    return this.getBooleanAttribute('wipe_on_destroy');
  }
  public set wipeOnDestroy(value: boolean | cdktf.IResolvable) {
    this._wipeOnDestroy = value;
  }
  public resetWipeOnDestroy() {
    this._wipeOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wipeOnDestroyInput() {
    return this._wipeOnDestroy;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new NodeDiskLvmTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: NodeDiskLvmTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      add_storage: cdktf.booleanToTerraform(this._addStorage),
      device: cdktf.stringToTerraform(this._device),
      name: cdktf.stringToTerraform(this._name),
      node: cdktf.stringToTerraform(this._node),
      wipe_on_destroy: cdktf.booleanToTerraform(this._wipeOnDestroy),
      timeouts: nodeDiskLvmTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      add_storage: {
        value: cdktf.booleanToHclTerraform(this._addStorage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      device: {
        value: cdktf.stringToHclTerraform(this._device),
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
      node: {
        value: cdktf.stringToHclTerraform(this._node),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      wipe_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._wipeOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: nodeDiskLvmTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NodeDiskLvmTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
