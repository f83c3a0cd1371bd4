// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RealmSyncConfig extends cdktf.TerraformMetaArguments {
  /**
  * Comment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#comment RealmSync#comment}
  */
  readonly comment?: string;
  /**
  * Sync: enable users the sync adds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#enable_new RealmSync#enable_new}
  */
  readonly enableNew?: boolean | cdktf.IResolvable;
  /**
  * Whether the job runs (default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#enabled RealmSync#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Job id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#job_id RealmSync#job_id}
  */
  readonly jobId: string;
  /**
  * The LDAP or AD realm to sync (proxmox_realm).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#realm RealmSync#realm}
  */
  readonly realm: string;
  /**
  * Sync: what to remove of users and groups gone from the directory: "acl" (their ACL entries), "entry" (the user or group), "properties" (their synced properties). Empty: nothing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#remove_vanished RealmSync#remove_vanished}
  */
  readonly removeVanished?: string[];
  /**
  * When to sync, a systemd calendar event such as "daily" or "*-*-* 02:00".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#schedule RealmSync#schedule}
  */
  readonly schedule: string;
  /**
  * Sync: what to sync, "users", "groups" or "both".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#scope RealmSync#scope}
  */
  readonly scope: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync proxmox_realm_sync}
*/
export class RealmSync extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_realm_sync";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RealmSync resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RealmSync to import
  * @param importFromId The id of the existing RealmSync that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RealmSync to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_realm_sync", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm_sync proxmox_realm_sync} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RealmSyncConfig
  */
  public constructor(scope: Construct, id: string, config: RealmSyncConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_realm_sync',
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
    this._comment = config.comment;
    this._enableNew = config.enableNew;
    this._enabled = config.enabled;
    this._jobId = config.jobId;
    this._realm = config.realm;
    this._removeVanished = config.removeVanished;
    this._schedule = config.schedule;
    this._scope = config.scope;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // comment - computed: false, optional: true, required: false
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

  // enable_new - computed: false, optional: true, required: false
  private _enableNew?: boolean | cdktf.IResolvable; 
  public get enableNew() {
    return this.getBooleanAttribute('enable_new');
  }
  public set enableNew(value: boolean | cdktf.IResolvable) {
    this._enableNew = value;
  }
  public resetEnableNew() {
    this._enableNew = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableNewInput() {
    return this._enableNew;
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // job_id - computed: false, optional: false, required: true
  private _jobId?: string; 
  public get jobId() {
    return this.getStringAttribute('job_id');
  }
  public set jobId(value: string) {
    this._jobId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get jobIdInput() {
    return this._jobId;
  }

  // realm - computed: false, optional: false, required: true
  private _realm?: string; 
  public get realm() {
    return this.getStringAttribute('realm');
  }
  public set realm(value: string) {
    this._realm = value;
  }
  // Temporarily expose input value. Use with caution.
  public get realmInput() {
    return this._realm;
  }

  // remove_vanished - computed: false, optional: true, required: false
  private _removeVanished?: string[]; 
  public get removeVanished() {
    return cdktf.Fn.tolist(this.getListAttribute('remove_vanished'));
  }
  public set removeVanished(value: string[]) {
    this._removeVanished = value;
  }
  public resetRemoveVanished() {
    this._removeVanished = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeVanishedInput() {
    return this._removeVanished;
  }

  // schedule - computed: false, optional: false, required: true
  private _schedule?: string; 
  public get schedule() {
    return this.getStringAttribute('schedule');
  }
  public set schedule(value: string) {
    this._schedule = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleInput() {
    return this._schedule;
  }

  // scope - computed: false, optional: false, required: true
  private _scope?: string; 
  public get scope() {
    return this.getStringAttribute('scope');
  }
  public set scope(value: string) {
    this._scope = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      enable_new: cdktf.booleanToTerraform(this._enableNew),
      enabled: cdktf.booleanToTerraform(this._enabled),
      job_id: cdktf.stringToTerraform(this._jobId),
      realm: cdktf.stringToTerraform(this._realm),
      remove_vanished: cdktf.listMapper(cdktf.stringToTerraform, false)(this._removeVanished),
      schedule: cdktf.stringToTerraform(this._schedule),
      scope: cdktf.stringToTerraform(this._scope),
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
      enable_new: {
        value: cdktf.booleanToHclTerraform(this._enableNew),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      job_id: {
        value: cdktf.stringToHclTerraform(this._jobId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      realm: {
        value: cdktf.stringToHclTerraform(this._realm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remove_vanished: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._removeVanished),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      schedule: {
        value: cdktf.stringToHclTerraform(this._schedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scope: {
        value: cdktf.stringToHclTerraform(this._scope),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
