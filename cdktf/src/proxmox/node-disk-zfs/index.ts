// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NodeDiskZfsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Also add a storage of type zfspool named like it, for this node only (needs Datastore.Allocate on /storage). Destroying with wipe_on_destroy removes it again (cleanup-config). Unset: false for a new ZFS pool; for an imported one whether such a storage exists (the web UI adds one by default), kept. Changing it replaces the ZFS pool.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#add_storage NodeDiskZfs#add_storage}
  */
  readonly addStorage?: boolean | cdktf.IResolvable;
  /**
  * Sector size exponent (9-16); unset: the server's default 12 (4 KiB). Removing it later keeps the pool's.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#ashift NodeDiskZfs#ashift}
  */
  readonly ashift?: number;
  /**
  * Compression: on, off, gzip, lz4, lzjb, zle, zstd; unset: the server's default "on". Removing it later keeps the pool's.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#compression NodeDiskZfs#compression}
  */
  readonly compression?: string;
  /**
  * The free disks, such as ["/dev/sdb", "/dev/sdc"] (data "proxmox_node_disks" with unused_only = true lists them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#devices NodeDiskZfs#devices}
  */
  readonly devices: string[];
  /**
  * dRAID only: data devices per redundancy group (the server takes data and spares together).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#draid_data NodeDiskZfs#draid_data}
  */
  readonly draidData?: number;
  /**
  * dRAID only: distributed spares. Removing draid_data and draid_spares later keeps the pool's layout.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#draid_spares NodeDiskZfs#draid_spares}
  */
  readonly draidSpares?: number;
  /**
  * Name of the ZFS pool (a storage id: with add_storage, also the storage's).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#name NodeDiskZfs#name}
  */
  readonly name: string;
  /**
  * The node whose disks are used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#node NodeDiskZfs#node}
  */
  readonly nodeAttribute: string;
  /**
  * RAID level: single, mirror, raid10, raidz, raidz2, raidz3, draid, draid2, draid3 (raid10: mirrored pairs, in the order of devices).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#raidlevel NodeDiskZfs#raidlevel}
  */
  readonly raidlevel: string;
  /**
  * On destroy, destroy the ZFS pool and wipe its disks (cleanup-disks), so all data on it is lost. Default false: destroying only removes it from the Terraform state, with a warning, and leaves the ZFS pool, its data and its disks as they are. Set it to true and apply before destroying.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#wipe_on_destroy NodeDiskZfs#wipe_on_destroy}
  */
  readonly wipeOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#timeouts NodeDiskZfs#timeouts}
  */
  readonly timeouts?: NodeDiskZfsTimeouts;
}
export interface NodeDiskZfsTimeouts {
  /**
  * How long to wait for create before giving up (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#create NodeDiskZfs#create}
  */
  readonly create?: string;
  /**
  * How long to wait for delete before giving up (default 20m).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#delete NodeDiskZfs#delete}
  */
  readonly delete?: string;
}

export function nodeDiskZfsTimeoutsToTerraform(struct?: NodeDiskZfsTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function nodeDiskZfsTimeoutsToHclTerraform(struct?: NodeDiskZfsTimeouts | cdktf.IResolvable): any {
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

export class NodeDiskZfsTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NodeDiskZfsTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: NodeDiskZfsTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs proxmox_node_disk_zfs}
*/
export class NodeDiskZfs extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_node_disk_zfs";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NodeDiskZfs resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NodeDiskZfs to import
  * @param importFromId The id of the existing NodeDiskZfs that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NodeDiskZfs to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_disk_zfs", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_disk_zfs proxmox_node_disk_zfs} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NodeDiskZfsConfig
  */
  public constructor(scope: Construct, id: string, config: NodeDiskZfsConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_node_disk_zfs',
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
    this._ashift = config.ashift;
    this._compression = config.compression;
    this._devices = config.devices;
    this._draidData = config.draidData;
    this._draidSpares = config.draidSpares;
    this._name = config.name;
    this._node = config.nodeAttribute;
    this._raidlevel = config.raidlevel;
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

  // ashift - computed: false, optional: true, required: false
  private _ashift?: number; 
  public get ashift() {
    return this.getNumberAttribute('ashift');
  }
  public set ashift(value: number) {
    this._ashift = value;
  }
  public resetAshift() {
    this._ashift = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ashiftInput() {
    return this._ashift;
  }

  // compression - computed: false, optional: true, required: false
  private _compression?: string; 
  public get compression() {
    return this.getStringAttribute('compression');
  }
  public set compression(value: string) {
    this._compression = value;
  }
  public resetCompression() {
    this._compression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compressionInput() {
    return this._compression;
  }

  // devices - computed: false, optional: false, required: true
  private _devices?: string[]; 
  public get devices() {
    return this.getListAttribute('devices');
  }
  public set devices(value: string[]) {
    this._devices = value;
  }
  // Temporarily expose input value. Use with caution.
  public get devicesInput() {
    return this._devices;
  }

  // draid_data - computed: false, optional: true, required: false
  private _draidData?: number; 
  public get draidData() {
    return this.getNumberAttribute('draid_data');
  }
  public set draidData(value: number) {
    this._draidData = value;
  }
  public resetDraidData() {
    this._draidData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get draidDataInput() {
    return this._draidData;
  }

  // draid_spares - computed: false, optional: true, required: false
  private _draidSpares?: number; 
  public get draidSpares() {
    return this.getNumberAttribute('draid_spares');
  }
  public set draidSpares(value: number) {
    this._draidSpares = value;
  }
  public resetDraidSpares() {
    this._draidSpares = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get draidSparesInput() {
    return this._draidSpares;
  }

  // health - computed: true, optional: false, required: false
  public get health() {
    return this.getStringAttribute('health');
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

  // raidlevel - computed: false, optional: false, required: true
  private _raidlevel?: string; 
  public get raidlevel() {
    return this.getStringAttribute('raidlevel');
  }
  public set raidlevel(value: string) {
    this._raidlevel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get raidlevelInput() {
    return this._raidlevel;
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
  private _timeouts = new NodeDiskZfsTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: NodeDiskZfsTimeouts) {
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
      ashift: cdktf.numberToTerraform(this._ashift),
      compression: cdktf.stringToTerraform(this._compression),
      devices: cdktf.listMapper(cdktf.stringToTerraform, false)(this._devices),
      draid_data: cdktf.numberToTerraform(this._draidData),
      draid_spares: cdktf.numberToTerraform(this._draidSpares),
      name: cdktf.stringToTerraform(this._name),
      node: cdktf.stringToTerraform(this._node),
      raidlevel: cdktf.stringToTerraform(this._raidlevel),
      wipe_on_destroy: cdktf.booleanToTerraform(this._wipeOnDestroy),
      timeouts: nodeDiskZfsTimeoutsToTerraform(this._timeouts.internalValue),
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
      ashift: {
        value: cdktf.numberToHclTerraform(this._ashift),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      compression: {
        value: cdktf.stringToHclTerraform(this._compression),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      devices: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._devices),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      draid_data: {
        value: cdktf.numberToHclTerraform(this._draidData),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      draid_spares: {
        value: cdktf.numberToHclTerraform(this._draidSpares),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      raidlevel: {
        value: cdktf.stringToHclTerraform(this._raidlevel),
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
        value: nodeDiskZfsTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NodeDiskZfsTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
