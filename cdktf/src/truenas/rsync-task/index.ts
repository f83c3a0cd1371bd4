// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RsyncTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * Archive mode (-a): recursive, with links, permissions, times, groups, owners and devices.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#archive RsyncTask#archive}
  */
  readonly archive?: boolean | cdktf.IResolvable;
  /**
  * Compress data in transit (-zz).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#compress RsyncTask#compress}
  */
  readonly compress?: boolean | cdktf.IResolvable;
  /**
  * Put updated files in place at the end of the transfer (--delay-updates).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#delayupdates RsyncTask#delayupdates}
  */
  readonly delayupdates?: boolean | cdktf.IResolvable;
  /**
  * Delete files on the destination that the source lacks (--delete-delay).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#delete RsyncTask#delete}
  */
  readonly delete?: boolean | cdktf.IResolvable;
  /**
  * What the task is for (the API calls it desc).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#description RsyncTask#description}
  */
  readonly description?: string;
  /**
  * PUSH (local to remote) or PULL (remote to local).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#direction RsyncTask#direction}
  */
  readonly direction?: string;
  /**
  * Whether the task runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#enabled RsyncTask#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Further rsync options, one word per element, such as "--bwlimit=1000" or "--exclude", "*.tmp" (no spaces or quotes in an element: the server joins the elements with spaces and splits the line again).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#extra RsyncTask#extra}
  */
  readonly extra?: string[];
  /**
  * MODULE (an rsync daemon's module) or SSH.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#mode RsyncTask#mode}
  */
  readonly mode?: string;
  /**
  * The local directory, under /mnt/<pool>.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#path RsyncTask#path}
  */
  readonly path: string;
  /**
  * Preserve extended attributes (-X).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#preserveattr RsyncTask#preserveattr}
  */
  readonly preserveattr?: boolean | cdktf.IResolvable;
  /**
  * Preserve permissions (-p).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#preserveperm RsyncTask#preserveperm}
  */
  readonly preserveperm?: boolean | cdktf.IResolvable;
  /**
  * Suppress non-error messages.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#quiet RsyncTask#quiet}
  */
  readonly quiet?: boolean | cdktf.IResolvable;
  /**
  * Copy subdirectories too (-r).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#recursive RsyncTask#recursive}
  */
  readonly recursive?: boolean | cdktf.IResolvable;
  /**
  * The remote host (`user@host` picks the remote user): needed in MODULE mode, and in SSH mode without ssh_credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#remotehost RsyncTask#remotehost}
  */
  readonly remotehost?: string;
  /**
  * The rsync daemon's module: needed in MODULE mode.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#remotemodule RsyncTask#remotemodule}
  */
  readonly remotemodule?: string;
  /**
  * SSH mode: the remote directory (required there).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#remotepath RsyncTask#remotepath}
  */
  readonly remotepath?: string;
  /**
  * The remote SSH port: needed in SSH mode without ssh_credentials (the connection's port is used otherwise).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#remoteport RsyncTask#remoteport}
  */
  readonly remoteport?: number;
  /**
  * When the task runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#schedule RsyncTask#schedule}
  */
  readonly schedule?: string;
  /**
  * SSH mode: the id of a `truenas_ssh_connection` to connect with (its host, port, user and key).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#ssh_credentials RsyncTask#ssh_credentials}
  */
  readonly sshCredentials?: number;
  /**
  * SSH mode without ssh_credentials: add the remote host's key to the user's known_hosts if it is not there. Not stored on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#ssh_keyscan RsyncTask#ssh_keyscan}
  */
  readonly sshKeyscan?: boolean | cdktf.IResolvable;
  /**
  * Preserve modification times (-t).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#times RsyncTask#times}
  */
  readonly times?: boolean | cdktf.IResolvable;
  /**
  * The local user the task runs as (it must exist; in SSH mode without ssh_credentials its ~/.ssh holds the key).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#user RsyncTask#user}
  */
  readonly user: string;
  /**
  * SSH mode with ssh_credentials: the server connects on create and update to check that remotepath is a directory (an enabled task only). Set false when the remote is not reachable from TrueNAS yet. Not stored on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#validate_remote_path RsyncTask#validate_remote_path}
  */
  readonly validateRemotePath?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task truenas_rsync_task}
*/
export class RsyncTask extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_rsync_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RsyncTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RsyncTask to import
  * @param importFromId The id of the existing RsyncTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RsyncTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_rsync_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/rsync_task truenas_rsync_task} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RsyncTaskConfig
  */
  public constructor(scope: Construct, id: string, config: RsyncTaskConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_rsync_task',
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
    this._archive = config.archive;
    this._compress = config.compress;
    this._delayupdates = config.delayupdates;
    this._delete = config.delete;
    this._description = config.description;
    this._direction = config.direction;
    this._enabled = config.enabled;
    this._extra = config.extra;
    this._mode = config.mode;
    this._path = config.path;
    this._preserveattr = config.preserveattr;
    this._preserveperm = config.preserveperm;
    this._quiet = config.quiet;
    this._recursive = config.recursive;
    this._remotehost = config.remotehost;
    this._remotemodule = config.remotemodule;
    this._remotepath = config.remotepath;
    this._remoteport = config.remoteport;
    this._schedule = config.schedule;
    this._sshCredentials = config.sshCredentials;
    this._sshKeyscan = config.sshKeyscan;
    this._times = config.times;
    this._user = config.user;
    this._validateRemotePath = config.validateRemotePath;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // archive - computed: true, optional: true, required: false
  private _archive?: boolean | cdktf.IResolvable; 
  public get archive() {
    return this.getBooleanAttribute('archive');
  }
  public set archive(value: boolean | cdktf.IResolvable) {
    this._archive = value;
  }
  public resetArchive() {
    this._archive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get archiveInput() {
    return this._archive;
  }

  // compress - computed: true, optional: true, required: false
  private _compress?: boolean | cdktf.IResolvable; 
  public get compress() {
    return this.getBooleanAttribute('compress');
  }
  public set compress(value: boolean | cdktf.IResolvable) {
    this._compress = value;
  }
  public resetCompress() {
    this._compress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compressInput() {
    return this._compress;
  }

  // delayupdates - computed: true, optional: true, required: false
  private _delayupdates?: boolean | cdktf.IResolvable; 
  public get delayupdates() {
    return this.getBooleanAttribute('delayupdates');
  }
  public set delayupdates(value: boolean | cdktf.IResolvable) {
    this._delayupdates = value;
  }
  public resetDelayupdates() {
    this._delayupdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delayupdatesInput() {
    return this._delayupdates;
  }

  // delete - computed: true, optional: true, required: false
  private _delete?: boolean | cdktf.IResolvable; 
  public get delete() {
    return this.getBooleanAttribute('delete');
  }
  public set delete(value: boolean | cdktf.IResolvable) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // direction - computed: true, optional: true, required: false
  private _direction?: string; 
  public get direction() {
    return this.getStringAttribute('direction');
  }
  public set direction(value: string) {
    this._direction = value;
  }
  public resetDirection() {
    this._direction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directionInput() {
    return this._direction;
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

  // extra - computed: true, optional: true, required: false
  private _extra?: string[]; 
  public get extra() {
    return this.getListAttribute('extra');
  }
  public set extra(value: string[]) {
    this._extra = value;
  }
  public resetExtra() {
    this._extra = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraInput() {
    return this._extra;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
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

  // preserveattr - computed: true, optional: true, required: false
  private _preserveattr?: boolean | cdktf.IResolvable; 
  public get preserveattr() {
    return this.getBooleanAttribute('preserveattr');
  }
  public set preserveattr(value: boolean | cdktf.IResolvable) {
    this._preserveattr = value;
  }
  public resetPreserveattr() {
    this._preserveattr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preserveattrInput() {
    return this._preserveattr;
  }

  // preserveperm - computed: true, optional: true, required: false
  private _preserveperm?: boolean | cdktf.IResolvable; 
  public get preserveperm() {
    return this.getBooleanAttribute('preserveperm');
  }
  public set preserveperm(value: boolean | cdktf.IResolvable) {
    this._preserveperm = value;
  }
  public resetPreserveperm() {
    this._preserveperm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preservepermInput() {
    return this._preserveperm;
  }

  // quiet - computed: true, optional: true, required: false
  private _quiet?: boolean | cdktf.IResolvable; 
  public get quiet() {
    return this.getBooleanAttribute('quiet');
  }
  public set quiet(value: boolean | cdktf.IResolvable) {
    this._quiet = value;
  }
  public resetQuiet() {
    this._quiet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quietInput() {
    return this._quiet;
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

  // remotehost - computed: false, optional: true, required: false
  private _remotehost?: string; 
  public get remotehost() {
    return this.getStringAttribute('remotehost');
  }
  public set remotehost(value: string) {
    this._remotehost = value;
  }
  public resetRemotehost() {
    this._remotehost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remotehostInput() {
    return this._remotehost;
  }

  // remotemodule - computed: false, optional: true, required: false
  private _remotemodule?: string; 
  public get remotemodule() {
    return this.getStringAttribute('remotemodule');
  }
  public set remotemodule(value: string) {
    this._remotemodule = value;
  }
  public resetRemotemodule() {
    this._remotemodule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remotemoduleInput() {
    return this._remotemodule;
  }

  // remotepath - computed: true, optional: true, required: false
  private _remotepath?: string; 
  public get remotepath() {
    return this.getStringAttribute('remotepath');
  }
  public set remotepath(value: string) {
    this._remotepath = value;
  }
  public resetRemotepath() {
    this._remotepath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remotepathInput() {
    return this._remotepath;
  }

  // remoteport - computed: false, optional: true, required: false
  private _remoteport?: number; 
  public get remoteport() {
    return this.getNumberAttribute('remoteport');
  }
  public set remoteport(value: number) {
    this._remoteport = value;
  }
  public resetRemoteport() {
    this._remoteport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteportInput() {
    return this._remoteport;
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

  // ssh_credentials - computed: false, optional: true, required: false
  private _sshCredentials?: number; 
  public get sshCredentials() {
    return this.getNumberAttribute('ssh_credentials');
  }
  public set sshCredentials(value: number) {
    this._sshCredentials = value;
  }
  public resetSshCredentials() {
    this._sshCredentials = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshCredentialsInput() {
    return this._sshCredentials;
  }

  // ssh_keyscan - computed: true, optional: true, required: false
  private _sshKeyscan?: boolean | cdktf.IResolvable; 
  public get sshKeyscan() {
    return this.getBooleanAttribute('ssh_keyscan');
  }
  public set sshKeyscan(value: boolean | cdktf.IResolvable) {
    this._sshKeyscan = value;
  }
  public resetSshKeyscan() {
    this._sshKeyscan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshKeyscanInput() {
    return this._sshKeyscan;
  }

  // times - computed: true, optional: true, required: false
  private _times?: boolean | cdktf.IResolvable; 
  public get times() {
    return this.getBooleanAttribute('times');
  }
  public set times(value: boolean | cdktf.IResolvable) {
    this._times = value;
  }
  public resetTimes() {
    this._times = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timesInput() {
    return this._times;
  }

  // user - computed: false, optional: false, required: true
  private _user?: string; 
  public get user() {
    return this.getStringAttribute('user');
  }
  public set user(value: string) {
    this._user = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // validate_remote_path - computed: true, optional: true, required: false
  private _validateRemotePath?: boolean | cdktf.IResolvable; 
  public get validateRemotePath() {
    return this.getBooleanAttribute('validate_remote_path');
  }
  public set validateRemotePath(value: boolean | cdktf.IResolvable) {
    this._validateRemotePath = value;
  }
  public resetValidateRemotePath() {
    this._validateRemotePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateRemotePathInput() {
    return this._validateRemotePath;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      archive: cdktf.booleanToTerraform(this._archive),
      compress: cdktf.booleanToTerraform(this._compress),
      delayupdates: cdktf.booleanToTerraform(this._delayupdates),
      delete: cdktf.booleanToTerraform(this._delete),
      description: cdktf.stringToTerraform(this._description),
      direction: cdktf.stringToTerraform(this._direction),
      enabled: cdktf.booleanToTerraform(this._enabled),
      extra: cdktf.listMapper(cdktf.stringToTerraform, false)(this._extra),
      mode: cdktf.stringToTerraform(this._mode),
      path: cdktf.stringToTerraform(this._path),
      preserveattr: cdktf.booleanToTerraform(this._preserveattr),
      preserveperm: cdktf.booleanToTerraform(this._preserveperm),
      quiet: cdktf.booleanToTerraform(this._quiet),
      recursive: cdktf.booleanToTerraform(this._recursive),
      remotehost: cdktf.stringToTerraform(this._remotehost),
      remotemodule: cdktf.stringToTerraform(this._remotemodule),
      remotepath: cdktf.stringToTerraform(this._remotepath),
      remoteport: cdktf.numberToTerraform(this._remoteport),
      schedule: cdktf.stringToTerraform(this._schedule),
      ssh_credentials: cdktf.numberToTerraform(this._sshCredentials),
      ssh_keyscan: cdktf.booleanToTerraform(this._sshKeyscan),
      times: cdktf.booleanToTerraform(this._times),
      user: cdktf.stringToTerraform(this._user),
      validate_remote_path: cdktf.booleanToTerraform(this._validateRemotePath),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      archive: {
        value: cdktf.booleanToHclTerraform(this._archive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      compress: {
        value: cdktf.booleanToHclTerraform(this._compress),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      delayupdates: {
        value: cdktf.booleanToHclTerraform(this._delayupdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      delete: {
        value: cdktf.booleanToHclTerraform(this._delete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      direction: {
        value: cdktf.stringToHclTerraform(this._direction),
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
      extra: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._extra),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
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
      preserveattr: {
        value: cdktf.booleanToHclTerraform(this._preserveattr),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      preserveperm: {
        value: cdktf.booleanToHclTerraform(this._preserveperm),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      quiet: {
        value: cdktf.booleanToHclTerraform(this._quiet),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      recursive: {
        value: cdktf.booleanToHclTerraform(this._recursive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      remotehost: {
        value: cdktf.stringToHclTerraform(this._remotehost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remotemodule: {
        value: cdktf.stringToHclTerraform(this._remotemodule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remotepath: {
        value: cdktf.stringToHclTerraform(this._remotepath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remoteport: {
        value: cdktf.numberToHclTerraform(this._remoteport),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      schedule: {
        value: cdktf.stringToHclTerraform(this._schedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_credentials: {
        value: cdktf.numberToHclTerraform(this._sshCredentials),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_keyscan: {
        value: cdktf.booleanToHclTerraform(this._sshKeyscan),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      times: {
        value: cdktf.booleanToHclTerraform(this._times),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      validate_remote_path: {
        value: cdktf.booleanToHclTerraform(this._validateRemotePath),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
