// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NfsShareConfig extends cdktf.TerraformMetaArguments {
  /**
  * Free-text comment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#comment NfsShare#comment}
  */
  readonly comment?: string;
  /**
  * Whether the share is exported.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#enabled NfsShare#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Let clients reach the dataset's ZFS snapshot directory through the export. TrueNAS Enterprise only (true is refused at plan time on other editions), and the path must be the root of a dataset (the server checks). Removing it turns it off.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#expose_snapshots NfsShare#expose_snapshots}
  */
  readonly exposeSnapshots?: boolean | cdktf.IResolvable;
  /**
  * Host names or addresses allowed to mount.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#hosts NfsShare#hosts}
  */
  readonly hosts?: string[];
  /**
  * Map every client group to this group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#mapall_group NfsShare#mapall_group}
  */
  readonly mapallGroup?: string;
  /**
  * Map every client user to this user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#mapall_user NfsShare#mapall_user}
  */
  readonly mapallUser?: string;
  /**
  * Map the root user's group of clients to this group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#maproot_group NfsShare#maproot_group}
  */
  readonly maprootGroup?: string;
  /**
  * Map the root user of clients to this user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#maproot_user NfsShare#maproot_user}
  */
  readonly maprootUser?: string;
  /**
  * Networks allowed to mount, in CIDR notation ("192.168.1.0/24"; an address alone means that host, /32 or /128); everyone when networks and hosts are both empty. The server stores each entry as its canonical network ("10.0.0.5" as "10.0.0.5/32", host bits cleared); the configured spelling is kept in state and is no change. 0.0.0.0/0 and ::/0 are refused: leave networks empty instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#networks NfsShare#networks}
  */
  readonly networks?: string[];
  /**
  * The exported path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#path NfsShare#path}
  */
  readonly path: string;
  /**
  * Export read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#ro NfsShare#ro}
  */
  readonly ro?: boolean | cdktf.IResolvable;
  /**
  * Security flavours for NFSv4: SYS, KRB5, KRB5I, KRB5P; the server default when empty.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#security NfsShare#security}
  */
  readonly security?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share}
*/
export class NfsShare extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nfs_share";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NfsShare resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NfsShare to import
  * @param importFromId The id of the existing NfsShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NfsShare to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nfs_share", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NfsShareConfig
  */
  public constructor(scope: Construct, id: string, config: NfsShareConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nfs_share',
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
    this._comment = config.comment;
    this._enabled = config.enabled;
    this._exposeSnapshots = config.exposeSnapshots;
    this._hosts = config.hosts;
    this._mapallGroup = config.mapallGroup;
    this._mapallUser = config.mapallUser;
    this._maprootGroup = config.maprootGroup;
    this._maprootUser = config.maprootUser;
    this._networks = config.networks;
    this._path = config.path;
    this._ro = config.ro;
    this._security = config.security;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // comment - computed: true, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
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

  // expose_snapshots - computed: true, optional: true, required: false
  private _exposeSnapshots?: boolean | cdktf.IResolvable; 
  public get exposeSnapshots() {
    return this.getBooleanAttribute('expose_snapshots');
  }
  public set exposeSnapshots(value: boolean | cdktf.IResolvable) {
    this._exposeSnapshots = value;
  }
  public resetExposeSnapshots() {
    this._exposeSnapshots = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exposeSnapshotsInput() {
    return this._exposeSnapshots;
  }

  // hosts - computed: true, optional: true, required: false
  private _hosts?: string[]; 
  public get hosts() {
    return this.getListAttribute('hosts');
  }
  public set hosts(value: string[]) {
    this._hosts = value;
  }
  public resetHosts() {
    this._hosts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsInput() {
    return this._hosts;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // mapall_group - computed: false, optional: true, required: false
  private _mapallGroup?: string; 
  public get mapallGroup() {
    return this.getStringAttribute('mapall_group');
  }
  public set mapallGroup(value: string) {
    this._mapallGroup = value;
  }
  public resetMapallGroup() {
    this._mapallGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mapallGroupInput() {
    return this._mapallGroup;
  }

  // mapall_user - computed: false, optional: true, required: false
  private _mapallUser?: string; 
  public get mapallUser() {
    return this.getStringAttribute('mapall_user');
  }
  public set mapallUser(value: string) {
    this._mapallUser = value;
  }
  public resetMapallUser() {
    this._mapallUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mapallUserInput() {
    return this._mapallUser;
  }

  // maproot_group - computed: false, optional: true, required: false
  private _maprootGroup?: string; 
  public get maprootGroup() {
    return this.getStringAttribute('maproot_group');
  }
  public set maprootGroup(value: string) {
    this._maprootGroup = value;
  }
  public resetMaprootGroup() {
    this._maprootGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maprootGroupInput() {
    return this._maprootGroup;
  }

  // maproot_user - computed: false, optional: true, required: false
  private _maprootUser?: string; 
  public get maprootUser() {
    return this.getStringAttribute('maproot_user');
  }
  public set maprootUser(value: string) {
    this._maprootUser = value;
  }
  public resetMaprootUser() {
    this._maprootUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maprootUserInput() {
    return this._maprootUser;
  }

  // networks - computed: true, optional: true, required: false
  private _networks?: string[]; 
  public get networks() {
    return this.getListAttribute('networks');
  }
  public set networks(value: string[]) {
    this._networks = value;
  }
  public resetNetworks() {
    this._networks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networksInput() {
    return this._networks;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // ro - computed: true, optional: true, required: false
  private _ro?: boolean | cdktf.IResolvable; 
  public get ro() {
    return this.getBooleanAttribute('ro');
  }
  public set ro(value: boolean | cdktf.IResolvable) {
    this._ro = value;
  }
  public resetRo() {
    this._ro = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roInput() {
    return this._ro;
  }

  // security - computed: true, optional: true, required: false
  private _security?: string[]; 
  public get security() {
    return this.getListAttribute('security');
  }
  public set security(value: string[]) {
    this._security = value;
  }
  public resetSecurity() {
    this._security = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityInput() {
    return this._security;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      enabled: cdktf.booleanToTerraform(this._enabled),
      expose_snapshots: cdktf.booleanToTerraform(this._exposeSnapshots),
      hosts: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hosts),
      mapall_group: cdktf.stringToTerraform(this._mapallGroup),
      mapall_user: cdktf.stringToTerraform(this._mapallUser),
      maproot_group: cdktf.stringToTerraform(this._maprootGroup),
      maproot_user: cdktf.stringToTerraform(this._maprootUser),
      networks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._networks),
      path: cdktf.stringToTerraform(this._path),
      ro: cdktf.booleanToTerraform(this._ro),
      security: cdktf.listMapper(cdktf.stringToTerraform, false)(this._security),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
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
      expose_snapshots: {
        value: cdktf.booleanToHclTerraform(this._exposeSnapshots),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      hosts: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hosts),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      mapall_group: {
        value: cdktf.stringToHclTerraform(this._mapallGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mapall_user: {
        value: cdktf.stringToHclTerraform(this._mapallUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maproot_group: {
        value: cdktf.stringToHclTerraform(this._maprootGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      maproot_user: {
        value: cdktf.stringToHclTerraform(this._maprootUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      networks: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._networks),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ro: {
        value: cdktf.booleanToHclTerraform(this._ro),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      security: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._security),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
