// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface PrivilegeConfig extends cdktf.TerraformMetaArguments {
  /**
  * GIDs (not ids) of the local groups whose members get the roles.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege#local_groups Privilege#local_groups}
  */
  readonly localGroups?: number[];
  /**
  * Unique name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege#name Privilege#name}
  */
  readonly name: string;
  /**
  * Role names, e.g. READONLY_ADMIN; the server refuses unknown ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege#roles Privilege#roles}
  */
  readonly roles?: string[];
  /**
  * Whether members may use the web shell.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege#web_shell Privilege#web_shell}
  */
  readonly webShell?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege truenas_privilege}
*/
export class Privilege extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_privilege";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Privilege resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Privilege to import
  * @param importFromId The id of the existing Privilege that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Privilege to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_privilege", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/privilege truenas_privilege} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PrivilegeConfig
  */
  public constructor(scope: Construct, id: string, config: PrivilegeConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_privilege',
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
    this._localGroups = config.localGroups;
    this._name = config.name;
    this._roles = config.roles;
    this._webShell = config.webShell;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // local_groups - computed: true, optional: true, required: false
  private _localGroups?: number[]; 
  public get localGroups() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('local_groups')));
  }
  public set localGroups(value: number[]) {
    this._localGroups = value;
  }
  public resetLocalGroups() {
    this._localGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localGroupsInput() {
    return this._localGroups;
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

  // roles - computed: true, optional: true, required: false
  private _roles?: string[]; 
  public get roles() {
    return cdktf.Fn.tolist(this.getListAttribute('roles'));
  }
  public set roles(value: string[]) {
    this._roles = value;
  }
  public resetRoles() {
    this._roles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rolesInput() {
    return this._roles;
  }

  // web_shell - computed: true, optional: true, required: false
  private _webShell?: boolean | cdktf.IResolvable; 
  public get webShell() {
    return this.getBooleanAttribute('web_shell');
  }
  public set webShell(value: boolean | cdktf.IResolvable) {
    this._webShell = value;
  }
  public resetWebShell() {
    this._webShell = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webShellInput() {
    return this._webShell;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      local_groups: cdktf.listMapper(cdktf.numberToTerraform, false)(this._localGroups),
      name: cdktf.stringToTerraform(this._name),
      roles: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roles),
      web_shell: cdktf.booleanToTerraform(this._webShell),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      local_groups: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._localGroups),
        isBlock: false,
        type: "set",
        storageClassType: "numberList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      roles: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._roles),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      web_shell: {
        value: cdktf.booleanToHclTerraform(this._webShell),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
