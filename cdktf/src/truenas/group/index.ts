// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GroupConfig extends cdktf.TerraformMetaArguments {
  /**
  * Numeric group id; the server picks the next free one from 3000 when unset. Changing it replaces the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#gid Group#gid}
  */
  readonly gid?: number;
  /**
  * Group name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#name Group#name}
  */
  readonly name: string;
  /**
  * Whether the group is available to SMB (maps to a Windows group).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#smb Group#smb}
  */
  readonly smb?: boolean | cdktf.IResolvable;
  /**
  * Commands members may run with sudo (with their password); `ALL` for any.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#sudo_commands Group#sudo_commands}
  */
  readonly sudoCommands?: string[];
  /**
  * Commands members may run with sudo without a password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#sudo_commands_nopasswd Group#sudo_commands_nopasswd}
  */
  readonly sudoCommandsNopasswd?: string[];
  /**
  * How this group's gid is mapped into containers (subgid mapping): "DIRECT" (the same gid), or a target gid as digits (1 to 4294967294); unset: not mapped. TrueNAS refuses it for groups that hold roles (privileges) and builtin groups. Removing it removes the mapping.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#userns_idmap Group#userns_idmap}
  */
  readonly usernsIdmap?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group truenas_group}
*/
export class Group extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Group resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Group to import
  * @param importFromId The id of the existing Group that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Group to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/group truenas_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GroupConfig
  */
  public constructor(scope: Construct, id: string, config: GroupConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_group',
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
    this._gid = config.gid;
    this._name = config.name;
    this._smb = config.smb;
    this._sudoCommands = config.sudoCommands;
    this._sudoCommandsNopasswd = config.sudoCommandsNopasswd;
    this._usernsIdmap = config.usernsIdmap;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // gid - computed: true, optional: true, required: false
  private _gid?: number; 
  public get gid() {
    return this.getNumberAttribute('gid');
  }
  public set gid(value: number) {
    this._gid = value;
  }
  public resetGid() {
    this._gid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gidInput() {
    return this._gid;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
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

  // smb - computed: true, optional: true, required: false
  private _smb?: boolean | cdktf.IResolvable; 
  public get smb() {
    return this.getBooleanAttribute('smb');
  }
  public set smb(value: boolean | cdktf.IResolvable) {
    this._smb = value;
  }
  public resetSmb() {
    this._smb = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smbInput() {
    return this._smb;
  }

  // sudo_commands - computed: true, optional: true, required: false
  private _sudoCommands?: string[]; 
  public get sudoCommands() {
    return this.getListAttribute('sudo_commands');
  }
  public set sudoCommands(value: string[]) {
    this._sudoCommands = value;
  }
  public resetSudoCommands() {
    this._sudoCommands = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sudoCommandsInput() {
    return this._sudoCommands;
  }

  // sudo_commands_nopasswd - computed: true, optional: true, required: false
  private _sudoCommandsNopasswd?: string[]; 
  public get sudoCommandsNopasswd() {
    return this.getListAttribute('sudo_commands_nopasswd');
  }
  public set sudoCommandsNopasswd(value: string[]) {
    this._sudoCommandsNopasswd = value;
  }
  public resetSudoCommandsNopasswd() {
    this._sudoCommandsNopasswd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sudoCommandsNopasswdInput() {
    return this._sudoCommandsNopasswd;
  }

  // userns_idmap - computed: false, optional: true, required: false
  private _usernsIdmap?: string; 
  public get usernsIdmap() {
    return this.getStringAttribute('userns_idmap');
  }
  public set usernsIdmap(value: string) {
    this._usernsIdmap = value;
  }
  public resetUsernsIdmap() {
    this._usernsIdmap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernsIdmapInput() {
    return this._usernsIdmap;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      gid: cdktf.numberToTerraform(this._gid),
      name: cdktf.stringToTerraform(this._name),
      smb: cdktf.booleanToTerraform(this._smb),
      sudo_commands: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sudoCommands),
      sudo_commands_nopasswd: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sudoCommandsNopasswd),
      userns_idmap: cdktf.stringToTerraform(this._usernsIdmap),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      gid: {
        value: cdktf.numberToHclTerraform(this._gid),
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
      smb: {
        value: cdktf.booleanToHclTerraform(this._smb),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sudo_commands: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sudoCommands),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      sudo_commands_nopasswd: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sudoCommandsNopasswd),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      userns_idmap: {
        value: cdktf.stringToHclTerraform(this._usernsIdmap),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
