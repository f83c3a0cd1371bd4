// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SmbShareConfig extends cdktf.TerraformMetaArguments {
  /**
  * Access-based enumeration: hide files and folders a user cannot read.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#abe SmbShare#abe}
  */
  readonly abe?: boolean | cdktf.IResolvable;
  /**
  * Whether the share is listed when clients browse the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#browsable SmbShare#browsable}
  */
  readonly browsable?: boolean | cdktf.IResolvable;
  /**
  * Free-text comment clients see.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#comment SmbShare#comment}
  */
  readonly comment?: string;
  /**
  * Whether the share is served.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#enabled SmbShare#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Allow access without a password, as the guest account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#guestok SmbShare#guestok}
  */
  readonly guestok?: boolean | cdktf.IResolvable;
  /**
  * Hosts or networks allowed to connect; everyone when empty.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#hostsallow SmbShare#hostsallow}
  */
  readonly hostsallow?: string[];
  /**
  * Hosts or networks refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#hostsdeny SmbShare#hostsdeny}
  */
  readonly hostsdeny?: string[];
  /**
  * Share name clients see, unique on the server regardless of case, at most 80 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#name SmbShare#name}
  */
  readonly name: string;
  /**
  * The shared path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#path SmbShare#path}
  */
  readonly path: string;
  /**
  * Move deleted files to a .recycle folder instead of deleting them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#recyclebin SmbShare#recyclebin}
  */
  readonly recyclebin?: boolean | cdktf.IResolvable;
  /**
  * Share read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#ro SmbShare#ro}
  */
  readonly ro?: boolean | cdktf.IResolvable;
  /**
  * Offer the share as an Apple Time Machine target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#timemachine SmbShare#timemachine}
  */
  readonly timemachine?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share}
*/
export class SmbShare extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_smb_share";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SmbShare resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SmbShare to import
  * @param importFromId The id of the existing SmbShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SmbShare to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_smb_share", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SmbShareConfig
  */
  public constructor(scope: Construct, id: string, config: SmbShareConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_smb_share',
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
    this._abe = config.abe;
    this._browsable = config.browsable;
    this._comment = config.comment;
    this._enabled = config.enabled;
    this._guestok = config.guestok;
    this._hostsallow = config.hostsallow;
    this._hostsdeny = config.hostsdeny;
    this._name = config.name;
    this._path = config.path;
    this._recyclebin = config.recyclebin;
    this._ro = config.ro;
    this._timemachine = config.timemachine;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // abe - computed: true, optional: true, required: false
  private _abe?: boolean | cdktf.IResolvable; 
  public get abe() {
    return this.getBooleanAttribute('abe');
  }
  public set abe(value: boolean | cdktf.IResolvable) {
    this._abe = value;
  }
  public resetAbe() {
    this._abe = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get abeInput() {
    return this._abe;
  }

  // browsable - computed: true, optional: true, required: false
  private _browsable?: boolean | cdktf.IResolvable; 
  public get browsable() {
    return this.getBooleanAttribute('browsable');
  }
  public set browsable(value: boolean | cdktf.IResolvable) {
    this._browsable = value;
  }
  public resetBrowsable() {
    this._browsable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get browsableInput() {
    return this._browsable;
  }

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

  // guestok - computed: true, optional: true, required: false
  private _guestok?: boolean | cdktf.IResolvable; 
  public get guestok() {
    return this.getBooleanAttribute('guestok');
  }
  public set guestok(value: boolean | cdktf.IResolvable) {
    this._guestok = value;
  }
  public resetGuestok() {
    this._guestok = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestokInput() {
    return this._guestok;
  }

  // hostsallow - computed: true, optional: true, required: false
  private _hostsallow?: string[]; 
  public get hostsallow() {
    return this.getListAttribute('hostsallow');
  }
  public set hostsallow(value: string[]) {
    this._hostsallow = value;
  }
  public resetHostsallow() {
    this._hostsallow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsallowInput() {
    return this._hostsallow;
  }

  // hostsdeny - computed: true, optional: true, required: false
  private _hostsdeny?: string[]; 
  public get hostsdeny() {
    return this.getListAttribute('hostsdeny');
  }
  public set hostsdeny(value: string[]) {
    this._hostsdeny = value;
  }
  public resetHostsdeny() {
    this._hostsdeny = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsdenyInput() {
    return this._hostsdeny;
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

  // recyclebin - computed: true, optional: true, required: false
  private _recyclebin?: boolean | cdktf.IResolvable; 
  public get recyclebin() {
    return this.getBooleanAttribute('recyclebin');
  }
  public set recyclebin(value: boolean | cdktf.IResolvable) {
    this._recyclebin = value;
  }
  public resetRecyclebin() {
    this._recyclebin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recyclebinInput() {
    return this._recyclebin;
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

  // timemachine - computed: true, optional: true, required: false
  private _timemachine?: boolean | cdktf.IResolvable; 
  public get timemachine() {
    return this.getBooleanAttribute('timemachine');
  }
  public set timemachine(value: boolean | cdktf.IResolvable) {
    this._timemachine = value;
  }
  public resetTimemachine() {
    this._timemachine = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timemachineInput() {
    return this._timemachine;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      abe: cdktf.booleanToTerraform(this._abe),
      browsable: cdktf.booleanToTerraform(this._browsable),
      comment: cdktf.stringToTerraform(this._comment),
      enabled: cdktf.booleanToTerraform(this._enabled),
      guestok: cdktf.booleanToTerraform(this._guestok),
      hostsallow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hostsallow),
      hostsdeny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hostsdeny),
      name: cdktf.stringToTerraform(this._name),
      path: cdktf.stringToTerraform(this._path),
      recyclebin: cdktf.booleanToTerraform(this._recyclebin),
      ro: cdktf.booleanToTerraform(this._ro),
      timemachine: cdktf.booleanToTerraform(this._timemachine),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      abe: {
        value: cdktf.booleanToHclTerraform(this._abe),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      browsable: {
        value: cdktf.booleanToHclTerraform(this._browsable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
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
      guestok: {
        value: cdktf.booleanToHclTerraform(this._guestok),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      hostsallow: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hostsallow),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      hostsdeny: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hostsdeny),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      recyclebin: {
        value: cdktf.booleanToHclTerraform(this._recyclebin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ro: {
        value: cdktf.booleanToHclTerraform(this._ro),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timemachine: {
        value: cdktf.booleanToHclTerraform(this._timemachine),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
