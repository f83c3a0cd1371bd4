// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ReplicationTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * When the target has no snapshot in common with the source, destroy it and start over.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#allow_from_scratch ReplicationTask#allow_from_scratch}
  */
  readonly allowFromScratch?: boolean | cdktf.IResolvable;
  /**
  * Naming schemas of further snapshots to push besides those of the bound tasks (PUSH only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#also_include_naming_schema ReplicationTask#also_include_naming_schema}
  */
  readonly alsoIncludeNamingSchema?: string[];
  /**
  * Run automatically: after the bound snapshot tasks, or on schedule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#auto ReplicationTask#auto}
  */
  readonly auto?: boolean | cdktf.IResolvable;
  /**
  * Send compressed blocks as they are (zfs send -c).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#compressed ReplicationTask#compressed}
  */
  readonly compressed?: boolean | cdktf.IResolvable;
  /**
  * Stream compression over SSH (not SSH+NETCAT): LZ4, PIGZ or PLZIP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#compression ReplicationTask#compression}
  */
  readonly compression?: string;
  /**
  * PUSH (send from this system) or PULL (fetch from the remote one).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#direction ReplicationTask#direction}
  */
  readonly direction?: string;
  /**
  * Send embedded blocks (zfs send -e).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#embed ReplicationTask#embed}
  */
  readonly embed?: boolean | cdktf.IResolvable;
  /**
  * Whether the task runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#enabled ReplicationTask#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Create the target dataset encrypted: with encryption_inherit = true under its encrypted parent, else with encryption_key, encryption_key_format and encryption_key_location (all three required). Applies when a run creates the target.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption ReplicationTask#encryption}
  */
  readonly encryption?: boolean | cdktf.IResolvable;
  /**
  * With encryption: the target inherits its parent's encryption (then encryption_key and its format and location are not set).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_inherit ReplicationTask#encryption_inherit}
  */
  readonly encryptionInherit?: boolean | cdktf.IResolvable;
  /**
  * With encryption (not inherited): the key of the target dataset, 64 hexadecimal digits for format HEX, 8 to 512 characters for PASSPHRASE. The server returns it in clear; removing it clears it on the server. Give it here or, kept out of state, as encryption_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_key ReplicationTask#encryption_key}
  */
  readonly encryptionKey?: string;
  /**
  * With encryption (not inherited): HEX or PASSPHRASE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_key_format ReplicationTask#encryption_key_format}
  */
  readonly encryptionKeyFormat?: string;
  /**
  * With encryption (not inherited): where the target system keeps the key, a file path there, or "$TrueNAS" for its TrueNAS database (TrueNAS unlocks the dataset itself).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_key_location ReplicationTask#encryption_key_location}
  */
  readonly encryptionKeyLocation?: string;
  /**
  * With encryption (not inherited): the key of the target dataset, 64 hexadecimal digits for format HEX, 8 to 512 characters for PASSPHRASE. The server returns it in clear; removing it clears it on the server, write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); encryption_key then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_key_wo ReplicationTask#encryption_key_wo}
  */
  readonly encryptionKeyWo?: string;
  /**
  * Required with encryption_key_wo; change it to send a new encryption_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#encryption_key_wo_version ReplicationTask#encryption_key_wo_version}
  */
  readonly encryptionKeyWoVersion?: number;
  /**
  * Children to leave out of a recursive replication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#exclude ReplicationTask#exclude}
  */
  readonly exclude?: string[];
  /**
  * Keep source snapshots that were not yet sent past their lifetime (PUSH only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#hold_pending_snapshots ReplicationTask#hold_pending_snapshots}
  */
  readonly holdPendingSnapshots?: boolean | cdktf.IResolvable;
  /**
  * Send large blocks as they are (zfs send -L).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#large_block ReplicationTask#large_block}
  */
  readonly largeBlock?: boolean | cdktf.IResolvable;
  /**
  * HOUR, DAY, WEEK, MONTH or YEAR, for retention_policy CUSTOM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#lifetime_unit ReplicationTask#lifetime_unit}
  */
  readonly lifetimeUnit?: string;
  /**
  * Lifetime of target snapshots, for retention_policy CUSTOM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#lifetime_value ReplicationTask#lifetime_value}
  */
  readonly lifetimeValue?: number;
  /**
  * Name of the task (unique).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#name ReplicationTask#name}
  */
  readonly name: string;
  /**
  * Select snapshots by a regular expression instead of naming schemas.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#name_regex ReplicationTask#name_regex}
  */
  readonly nameRegex?: string;
  /**
  * Naming schemas of the snapshots to pull (PULL only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#naming_schema ReplicationTask#naming_schema}
  */
  readonly namingSchema?: string[];
  /**
  * SSH+NETCAT only, and required there: the side that opens the netcat listener, LOCAL (this system) or REMOTE; the other side connects to it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#netcat_active_side ReplicationTask#netcat_active_side}
  */
  readonly netcatActiveSide?: string;
  /**
  * SSH+NETCAT only: the address the active side listens on (unset: zettarepl's default, every address).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#netcat_active_side_listen_address ReplicationTask#netcat_active_side_listen_address}
  */
  readonly netcatActiveSideListenAddress?: string;
  /**
  * SSH+NETCAT only: the highest of the ports the active side listens on (1-65535; unset: zettarepl's default, 1024-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#netcat_active_side_port_max ReplicationTask#netcat_active_side_port_max}
  */
  readonly netcatActiveSidePortMax?: number;
  /**
  * SSH+NETCAT only: the lowest of the ports the active side listens on (1-65535; unset: zettarepl's default, 1024-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#netcat_active_side_port_min ReplicationTask#netcat_active_side_port_min}
  */
  readonly netcatActiveSidePortMin?: number;
  /**
  * SSH+NETCAT only: the address the passive side connects to (unset: the host of the SSH connection).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#netcat_passive_side_connect_address ReplicationTask#netcat_passive_side_connect_address}
  */
  readonly netcatPassiveSideConnectAddress?: string;
  /**
  * Only send snapshots whose time matches schedule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#only_matching_schedule ReplicationTask#only_matching_schedule}
  */
  readonly onlyMatchingSchedule?: boolean | cdktf.IResolvable;
  /**
  * Ids of the periodic snapshot tasks whose snapshots are sent (truenas_periodic_snapshot_task.id); the task runs after each of them. PUSH only. Their order does not matter (the server keeps a set).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#periodic_snapshot_task_ids ReplicationTask#periodic_snapshot_task_ids}
  */
  readonly periodicSnapshotTaskIds?: number[];
  /**
  * Send dataset properties along with the data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#properties ReplicationTask#properties}
  */
  readonly properties?: boolean | cdktf.IResolvable;
  /**
  * Dataset properties not to send (with properties = true). TrueNAS always leaves out mountpoint, sharenfs and sharesmb unless properties_override sets them. Removing it sends the empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#properties_exclude ReplicationTask#properties_exclude}
  */
  readonly propertiesExclude?: string[];
  /**
  * Dataset properties to set on the target, name to value (zfs receive -o). Removing it sends the empty map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#properties_override ReplicationTask#properties_override}
  */
  readonly propertiesOverride?: { [key: string]: string };
  /**
  * SET makes the target read-only, REQUIRE refuses a writable target, IGNORE leaves it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#readonly ReplicationTask#readonly}
  */
  readonly readonly?: string;
  /**
  * Also replicate the children of the source datasets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#recursive ReplicationTask#recursive}
  */
  readonly recursive?: boolean | cdktf.IResolvable;
  /**
  * Replicate the whole filesystem (zfs send -R): needs recursive and retention_policy SOURCE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#replicate ReplicationTask#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Only send snapshots taken at times this crontab line matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#restrict_schedule ReplicationTask#restrict_schedule}
  */
  readonly restrictSchedule?: string;
  /**
  * Snapshots kept on the target: SOURCE (as on the source), CUSTOM (lifetime_value × lifetime_unit) or NONE (all).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#retention_policy ReplicationTask#retention_policy}
  */
  readonly retentionPolicy?: string;
  /**
  * Retries of a failed run.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#retries ReplicationTask#retries}
  */
  readonly retries?: number;
  /**
  * Run on this crontab schedule instead of after the bound snapshot tasks (needs auto).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#schedule ReplicationTask#schedule}
  */
  readonly schedule?: string;
  /**
  * Datasets or zvols whose snapshots are sent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#source_datasets ReplicationTask#source_datasets}
  */
  readonly sourceDatasets: string[];
  /**
  * Bytes per second, over SSH (not SSH+NETCAT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#speed_limit ReplicationTask#speed_limit}
  */
  readonly speedLimit?: number;
  /**
  * Id of the SSH connection (truenas_ssh_connection.id); required for SSH transports, not allowed for LOCAL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#ssh_credentials ReplicationTask#ssh_credentials}
  */
  readonly sshCredentials?: number;
  /**
  * Dataset that receives them (created by the first run).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#target_dataset ReplicationTask#target_dataset}
  */
  readonly targetDataset: string;
  /**
  * LOCAL (to another dataset or pool here), SSH or SSH+NETCAT (which needs netcat_active_side).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#transport ReplicationTask#transport}
  */
  readonly transport: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task truenas_replication_task}
*/
export class ReplicationTask extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_replication_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ReplicationTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ReplicationTask to import
  * @param importFromId The id of the existing ReplicationTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ReplicationTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_replication_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/replication_task truenas_replication_task} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ReplicationTaskConfig
  */
  public constructor(scope: Construct, id: string, config: ReplicationTaskConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_replication_task',
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
    this._allowFromScratch = config.allowFromScratch;
    this._alsoIncludeNamingSchema = config.alsoIncludeNamingSchema;
    this._auto = config.auto;
    this._compressed = config.compressed;
    this._compression = config.compression;
    this._direction = config.direction;
    this._embed = config.embed;
    this._enabled = config.enabled;
    this._encryption = config.encryption;
    this._encryptionInherit = config.encryptionInherit;
    this._encryptionKey = config.encryptionKey;
    this._encryptionKeyFormat = config.encryptionKeyFormat;
    this._encryptionKeyLocation = config.encryptionKeyLocation;
    this._encryptionKeyWo = config.encryptionKeyWo;
    this._encryptionKeyWoVersion = config.encryptionKeyWoVersion;
    this._exclude = config.exclude;
    this._holdPendingSnapshots = config.holdPendingSnapshots;
    this._largeBlock = config.largeBlock;
    this._lifetimeUnit = config.lifetimeUnit;
    this._lifetimeValue = config.lifetimeValue;
    this._name = config.name;
    this._nameRegex = config.nameRegex;
    this._namingSchema = config.namingSchema;
    this._netcatActiveSide = config.netcatActiveSide;
    this._netcatActiveSideListenAddress = config.netcatActiveSideListenAddress;
    this._netcatActiveSidePortMax = config.netcatActiveSidePortMax;
    this._netcatActiveSidePortMin = config.netcatActiveSidePortMin;
    this._netcatPassiveSideConnectAddress = config.netcatPassiveSideConnectAddress;
    this._onlyMatchingSchedule = config.onlyMatchingSchedule;
    this._periodicSnapshotTaskIds = config.periodicSnapshotTaskIds;
    this._properties = config.properties;
    this._propertiesExclude = config.propertiesExclude;
    this._propertiesOverride = config.propertiesOverride;
    this._readonly = config.readonly;
    this._recursive = config.recursive;
    this._replicate = config.replicate;
    this._restrictSchedule = config.restrictSchedule;
    this._retentionPolicy = config.retentionPolicy;
    this._retries = config.retries;
    this._schedule = config.schedule;
    this._sourceDatasets = config.sourceDatasets;
    this._speedLimit = config.speedLimit;
    this._sshCredentials = config.sshCredentials;
    this._targetDataset = config.targetDataset;
    this._transport = config.transport;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_from_scratch - computed: true, optional: true, required: false
  private _allowFromScratch?: boolean | cdktf.IResolvable; 
  public get allowFromScratch() {
    return this.getBooleanAttribute('allow_from_scratch');
  }
  public set allowFromScratch(value: boolean | cdktf.IResolvable) {
    this._allowFromScratch = value;
  }
  public resetAllowFromScratch() {
    this._allowFromScratch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowFromScratchInput() {
    return this._allowFromScratch;
  }

  // also_include_naming_schema - computed: true, optional: true, required: false
  private _alsoIncludeNamingSchema?: string[]; 
  public get alsoIncludeNamingSchema() {
    return this.getListAttribute('also_include_naming_schema');
  }
  public set alsoIncludeNamingSchema(value: string[]) {
    this._alsoIncludeNamingSchema = value;
  }
  public resetAlsoIncludeNamingSchema() {
    this._alsoIncludeNamingSchema = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alsoIncludeNamingSchemaInput() {
    return this._alsoIncludeNamingSchema;
  }

  // auto - computed: true, optional: true, required: false
  private _auto?: boolean | cdktf.IResolvable; 
  public get auto() {
    return this.getBooleanAttribute('auto');
  }
  public set auto(value: boolean | cdktf.IResolvable) {
    this._auto = value;
  }
  public resetAuto() {
    this._auto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoInput() {
    return this._auto;
  }

  // compressed - computed: true, optional: true, required: false
  private _compressed?: boolean | cdktf.IResolvable; 
  public get compressed() {
    return this.getBooleanAttribute('compressed');
  }
  public set compressed(value: boolean | cdktf.IResolvable) {
    this._compressed = value;
  }
  public resetCompressed() {
    this._compressed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compressedInput() {
    return this._compressed;
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

  // embed - computed: true, optional: true, required: false
  private _embed?: boolean | cdktf.IResolvable; 
  public get embed() {
    return this.getBooleanAttribute('embed');
  }
  public set embed(value: boolean | cdktf.IResolvable) {
    this._embed = value;
  }
  public resetEmbed() {
    this._embed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get embedInput() {
    return this._embed;
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

  // encryption - computed: true, optional: true, required: false
  private _encryption?: boolean | cdktf.IResolvable; 
  public get encryption() {
    return this.getBooleanAttribute('encryption');
  }
  public set encryption(value: boolean | cdktf.IResolvable) {
    this._encryption = value;
  }
  public resetEncryption() {
    this._encryption = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionInput() {
    return this._encryption;
  }

  // encryption_inherit - computed: false, optional: true, required: false
  private _encryptionInherit?: boolean | cdktf.IResolvable; 
  public get encryptionInherit() {
    return this.getBooleanAttribute('encryption_inherit');
  }
  public set encryptionInherit(value: boolean | cdktf.IResolvable) {
    this._encryptionInherit = value;
  }
  public resetEncryptionInherit() {
    this._encryptionInherit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionInheritInput() {
    return this._encryptionInherit;
  }

  // encryption_key - computed: false, optional: true, required: false
  private _encryptionKey?: string; 
  public get encryptionKey() {
    return this.getStringAttribute('encryption_key');
  }
  public set encryptionKey(value: string) {
    this._encryptionKey = value;
  }
  public resetEncryptionKey() {
    this._encryptionKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyInput() {
    return this._encryptionKey;
  }

  // encryption_key_format - computed: false, optional: true, required: false
  private _encryptionKeyFormat?: string; 
  public get encryptionKeyFormat() {
    return this.getStringAttribute('encryption_key_format');
  }
  public set encryptionKeyFormat(value: string) {
    this._encryptionKeyFormat = value;
  }
  public resetEncryptionKeyFormat() {
    this._encryptionKeyFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyFormatInput() {
    return this._encryptionKeyFormat;
  }

  // encryption_key_location - computed: false, optional: true, required: false
  private _encryptionKeyLocation?: string; 
  public get encryptionKeyLocation() {
    return this.getStringAttribute('encryption_key_location');
  }
  public set encryptionKeyLocation(value: string) {
    this._encryptionKeyLocation = value;
  }
  public resetEncryptionKeyLocation() {
    this._encryptionKeyLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyLocationInput() {
    return this._encryptionKeyLocation;
  }

  // encryption_key_wo - computed: false, optional: true, required: false
  private _encryptionKeyWo?: string; 
  public get encryptionKeyWo() {
    return this.getStringAttribute('encryption_key_wo');
  }
  public set encryptionKeyWo(value: string) {
    this._encryptionKeyWo = value;
  }
  public resetEncryptionKeyWo() {
    this._encryptionKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyWoInput() {
    return this._encryptionKeyWo;
  }

  // encryption_key_wo_version - computed: false, optional: true, required: false
  private _encryptionKeyWoVersion?: number; 
  public get encryptionKeyWoVersion() {
    return this.getNumberAttribute('encryption_key_wo_version');
  }
  public set encryptionKeyWoVersion(value: number) {
    this._encryptionKeyWoVersion = value;
  }
  public resetEncryptionKeyWoVersion() {
    this._encryptionKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyWoVersionInput() {
    return this._encryptionKeyWoVersion;
  }

  // exclude - computed: true, optional: true, required: false
  private _exclude?: string[]; 
  public get exclude() {
    return this.getListAttribute('exclude');
  }
  public set exclude(value: string[]) {
    this._exclude = value;
  }
  public resetExclude() {
    this._exclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeInput() {
    return this._exclude;
  }

  // hold_pending_snapshots - computed: true, optional: true, required: false
  private _holdPendingSnapshots?: boolean | cdktf.IResolvable; 
  public get holdPendingSnapshots() {
    return this.getBooleanAttribute('hold_pending_snapshots');
  }
  public set holdPendingSnapshots(value: boolean | cdktf.IResolvable) {
    this._holdPendingSnapshots = value;
  }
  public resetHoldPendingSnapshots() {
    this._holdPendingSnapshots = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get holdPendingSnapshotsInput() {
    return this._holdPendingSnapshots;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // large_block - computed: true, optional: true, required: false
  private _largeBlock?: boolean | cdktf.IResolvable; 
  public get largeBlock() {
    return this.getBooleanAttribute('large_block');
  }
  public set largeBlock(value: boolean | cdktf.IResolvable) {
    this._largeBlock = value;
  }
  public resetLargeBlock() {
    this._largeBlock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeBlockInput() {
    return this._largeBlock;
  }

  // last_snapshot - computed: true, optional: false, required: false
  public get lastSnapshot() {
    return this.getStringAttribute('last_snapshot');
  }

  // lifetime_unit - computed: false, optional: true, required: false
  private _lifetimeUnit?: string; 
  public get lifetimeUnit() {
    return this.getStringAttribute('lifetime_unit');
  }
  public set lifetimeUnit(value: string) {
    this._lifetimeUnit = value;
  }
  public resetLifetimeUnit() {
    this._lifetimeUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeUnitInput() {
    return this._lifetimeUnit;
  }

  // lifetime_value - computed: false, optional: true, required: false
  private _lifetimeValue?: number; 
  public get lifetimeValue() {
    return this.getNumberAttribute('lifetime_value');
  }
  public set lifetimeValue(value: number) {
    this._lifetimeValue = value;
  }
  public resetLifetimeValue() {
    this._lifetimeValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeValueInput() {
    return this._lifetimeValue;
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

  // name_regex - computed: false, optional: true, required: false
  private _nameRegex?: string; 
  public get nameRegex() {
    return this.getStringAttribute('name_regex');
  }
  public set nameRegex(value: string) {
    this._nameRegex = value;
  }
  public resetNameRegex() {
    this._nameRegex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameRegexInput() {
    return this._nameRegex;
  }

  // naming_schema - computed: true, optional: true, required: false
  private _namingSchema?: string[]; 
  public get namingSchema() {
    return this.getListAttribute('naming_schema');
  }
  public set namingSchema(value: string[]) {
    this._namingSchema = value;
  }
  public resetNamingSchema() {
    this._namingSchema = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namingSchemaInput() {
    return this._namingSchema;
  }

  // netcat_active_side - computed: false, optional: true, required: false
  private _netcatActiveSide?: string; 
  public get netcatActiveSide() {
    return this.getStringAttribute('netcat_active_side');
  }
  public set netcatActiveSide(value: string) {
    this._netcatActiveSide = value;
  }
  public resetNetcatActiveSide() {
    this._netcatActiveSide = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netcatActiveSideInput() {
    return this._netcatActiveSide;
  }

  // netcat_active_side_listen_address - computed: false, optional: true, required: false
  private _netcatActiveSideListenAddress?: string; 
  public get netcatActiveSideListenAddress() {
    return this.getStringAttribute('netcat_active_side_listen_address');
  }
  public set netcatActiveSideListenAddress(value: string) {
    this._netcatActiveSideListenAddress = value;
  }
  public resetNetcatActiveSideListenAddress() {
    this._netcatActiveSideListenAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netcatActiveSideListenAddressInput() {
    return this._netcatActiveSideListenAddress;
  }

  // netcat_active_side_port_max - computed: false, optional: true, required: false
  private _netcatActiveSidePortMax?: number; 
  public get netcatActiveSidePortMax() {
    return this.getNumberAttribute('netcat_active_side_port_max');
  }
  public set netcatActiveSidePortMax(value: number) {
    this._netcatActiveSidePortMax = value;
  }
  public resetNetcatActiveSidePortMax() {
    this._netcatActiveSidePortMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netcatActiveSidePortMaxInput() {
    return this._netcatActiveSidePortMax;
  }

  // netcat_active_side_port_min - computed: false, optional: true, required: false
  private _netcatActiveSidePortMin?: number; 
  public get netcatActiveSidePortMin() {
    return this.getNumberAttribute('netcat_active_side_port_min');
  }
  public set netcatActiveSidePortMin(value: number) {
    this._netcatActiveSidePortMin = value;
  }
  public resetNetcatActiveSidePortMin() {
    this._netcatActiveSidePortMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netcatActiveSidePortMinInput() {
    return this._netcatActiveSidePortMin;
  }

  // netcat_passive_side_connect_address - computed: false, optional: true, required: false
  private _netcatPassiveSideConnectAddress?: string; 
  public get netcatPassiveSideConnectAddress() {
    return this.getStringAttribute('netcat_passive_side_connect_address');
  }
  public set netcatPassiveSideConnectAddress(value: string) {
    this._netcatPassiveSideConnectAddress = value;
  }
  public resetNetcatPassiveSideConnectAddress() {
    this._netcatPassiveSideConnectAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netcatPassiveSideConnectAddressInput() {
    return this._netcatPassiveSideConnectAddress;
  }

  // only_matching_schedule - computed: true, optional: true, required: false
  private _onlyMatchingSchedule?: boolean | cdktf.IResolvable; 
  public get onlyMatchingSchedule() {
    return this.getBooleanAttribute('only_matching_schedule');
  }
  public set onlyMatchingSchedule(value: boolean | cdktf.IResolvable) {
    this._onlyMatchingSchedule = value;
  }
  public resetOnlyMatchingSchedule() {
    this._onlyMatchingSchedule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlyMatchingScheduleInput() {
    return this._onlyMatchingSchedule;
  }

  // periodic_snapshot_task_ids - computed: true, optional: true, required: false
  private _periodicSnapshotTaskIds?: number[]; 
  public get periodicSnapshotTaskIds() {
    return this.getNumberListAttribute('periodic_snapshot_task_ids');
  }
  public set periodicSnapshotTaskIds(value: number[]) {
    this._periodicSnapshotTaskIds = value;
  }
  public resetPeriodicSnapshotTaskIds() {
    this._periodicSnapshotTaskIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodicSnapshotTaskIdsInput() {
    return this._periodicSnapshotTaskIds;
  }

  // properties - computed: true, optional: true, required: false
  private _properties?: boolean | cdktf.IResolvable; 
  public get properties() {
    return this.getBooleanAttribute('properties');
  }
  public set properties(value: boolean | cdktf.IResolvable) {
    this._properties = value;
  }
  public resetProperties() {
    this._properties = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties;
  }

  // properties_exclude - computed: true, optional: true, required: false
  private _propertiesExclude?: string[]; 
  public get propertiesExclude() {
    return this.getListAttribute('properties_exclude');
  }
  public set propertiesExclude(value: string[]) {
    this._propertiesExclude = value;
  }
  public resetPropertiesExclude() {
    this._propertiesExclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesExcludeInput() {
    return this._propertiesExclude;
  }

  // properties_override - computed: true, optional: true, required: false
  private _propertiesOverride?: { [key: string]: string }; 
  public get propertiesOverride() {
    return this.getStringMapAttribute('properties_override');
  }
  public set propertiesOverride(value: { [key: string]: string }) {
    this._propertiesOverride = value;
  }
  public resetPropertiesOverride() {
    this._propertiesOverride = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesOverrideInput() {
    return this._propertiesOverride;
  }

  // readonly - computed: true, optional: true, required: false
  private _readonly?: string; 
  public get readonly() {
    return this.getStringAttribute('readonly');
  }
  public set readonly(value: string) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
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

  // replicate - computed: true, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // restrict_schedule - computed: false, optional: true, required: false
  private _restrictSchedule?: string; 
  public get restrictSchedule() {
    return this.getStringAttribute('restrict_schedule');
  }
  public set restrictSchedule(value: string) {
    this._restrictSchedule = value;
  }
  public resetRestrictSchedule() {
    this._restrictSchedule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restrictScheduleInput() {
    return this._restrictSchedule;
  }

  // retention_policy - computed: true, optional: true, required: false
  private _retentionPolicy?: string; 
  public get retentionPolicy() {
    return this.getStringAttribute('retention_policy');
  }
  public set retentionPolicy(value: string) {
    this._retentionPolicy = value;
  }
  public resetRetentionPolicy() {
    this._retentionPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionPolicyInput() {
    return this._retentionPolicy;
  }

  // retries - computed: true, optional: true, required: false
  private _retries?: number; 
  public get retries() {
    return this.getNumberAttribute('retries');
  }
  public set retries(value: number) {
    this._retries = value;
  }
  public resetRetries() {
    this._retries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retriesInput() {
    return this._retries;
  }

  // schedule - computed: false, optional: true, required: false
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

  // source_datasets - computed: false, optional: false, required: true
  private _sourceDatasets?: string[]; 
  public get sourceDatasets() {
    return this.getListAttribute('source_datasets');
  }
  public set sourceDatasets(value: string[]) {
    this._sourceDatasets = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceDatasetsInput() {
    return this._sourceDatasets;
  }

  // speed_limit - computed: false, optional: true, required: false
  private _speedLimit?: number; 
  public get speedLimit() {
    return this.getNumberAttribute('speed_limit');
  }
  public set speedLimit(value: number) {
    this._speedLimit = value;
  }
  public resetSpeedLimit() {
    this._speedLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get speedLimitInput() {
    return this._speedLimit;
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

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // target_dataset - computed: false, optional: false, required: true
  private _targetDataset?: string; 
  public get targetDataset() {
    return this.getStringAttribute('target_dataset');
  }
  public set targetDataset(value: string) {
    this._targetDataset = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetDatasetInput() {
    return this._targetDataset;
  }

  // transport - computed: false, optional: false, required: true
  private _transport?: string; 
  public get transport() {
    return this.getStringAttribute('transport');
  }
  public set transport(value: string) {
    this._transport = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transportInput() {
    return this._transport;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_from_scratch: cdktf.booleanToTerraform(this._allowFromScratch),
      also_include_naming_schema: cdktf.listMapper(cdktf.stringToTerraform, false)(this._alsoIncludeNamingSchema),
      auto: cdktf.booleanToTerraform(this._auto),
      compressed: cdktf.booleanToTerraform(this._compressed),
      compression: cdktf.stringToTerraform(this._compression),
      direction: cdktf.stringToTerraform(this._direction),
      embed: cdktf.booleanToTerraform(this._embed),
      enabled: cdktf.booleanToTerraform(this._enabled),
      encryption: cdktf.booleanToTerraform(this._encryption),
      encryption_inherit: cdktf.booleanToTerraform(this._encryptionInherit),
      encryption_key: cdktf.stringToTerraform(this._encryptionKey),
      encryption_key_format: cdktf.stringToTerraform(this._encryptionKeyFormat),
      encryption_key_location: cdktf.stringToTerraform(this._encryptionKeyLocation),
      encryption_key_wo: cdktf.stringToTerraform(this._encryptionKeyWo),
      encryption_key_wo_version: cdktf.numberToTerraform(this._encryptionKeyWoVersion),
      exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exclude),
      hold_pending_snapshots: cdktf.booleanToTerraform(this._holdPendingSnapshots),
      large_block: cdktf.booleanToTerraform(this._largeBlock),
      lifetime_unit: cdktf.stringToTerraform(this._lifetimeUnit),
      lifetime_value: cdktf.numberToTerraform(this._lifetimeValue),
      name: cdktf.stringToTerraform(this._name),
      name_regex: cdktf.stringToTerraform(this._nameRegex),
      naming_schema: cdktf.listMapper(cdktf.stringToTerraform, false)(this._namingSchema),
      netcat_active_side: cdktf.stringToTerraform(this._netcatActiveSide),
      netcat_active_side_listen_address: cdktf.stringToTerraform(this._netcatActiveSideListenAddress),
      netcat_active_side_port_max: cdktf.numberToTerraform(this._netcatActiveSidePortMax),
      netcat_active_side_port_min: cdktf.numberToTerraform(this._netcatActiveSidePortMin),
      netcat_passive_side_connect_address: cdktf.stringToTerraform(this._netcatPassiveSideConnectAddress),
      only_matching_schedule: cdktf.booleanToTerraform(this._onlyMatchingSchedule),
      periodic_snapshot_task_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._periodicSnapshotTaskIds),
      properties: cdktf.booleanToTerraform(this._properties),
      properties_exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._propertiesExclude),
      properties_override: cdktf.hashMapper(cdktf.stringToTerraform)(this._propertiesOverride),
      readonly: cdktf.stringToTerraform(this._readonly),
      recursive: cdktf.booleanToTerraform(this._recursive),
      replicate: cdktf.booleanToTerraform(this._replicate),
      restrict_schedule: cdktf.stringToTerraform(this._restrictSchedule),
      retention_policy: cdktf.stringToTerraform(this._retentionPolicy),
      retries: cdktf.numberToTerraform(this._retries),
      schedule: cdktf.stringToTerraform(this._schedule),
      source_datasets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sourceDatasets),
      speed_limit: cdktf.numberToTerraform(this._speedLimit),
      ssh_credentials: cdktf.numberToTerraform(this._sshCredentials),
      target_dataset: cdktf.stringToTerraform(this._targetDataset),
      transport: cdktf.stringToTerraform(this._transport),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_from_scratch: {
        value: cdktf.booleanToHclTerraform(this._allowFromScratch),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      also_include_naming_schema: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._alsoIncludeNamingSchema),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      auto: {
        value: cdktf.booleanToHclTerraform(this._auto),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      compressed: {
        value: cdktf.booleanToHclTerraform(this._compressed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      compression: {
        value: cdktf.stringToHclTerraform(this._compression),
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
      embed: {
        value: cdktf.booleanToHclTerraform(this._embed),
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
      encryption: {
        value: cdktf.booleanToHclTerraform(this._encryption),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      encryption_inherit: {
        value: cdktf.booleanToHclTerraform(this._encryptionInherit),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      encryption_key: {
        value: cdktf.stringToHclTerraform(this._encryptionKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_key_format: {
        value: cdktf.stringToHclTerraform(this._encryptionKeyFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_key_location: {
        value: cdktf.stringToHclTerraform(this._encryptionKeyLocation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_key_wo: {
        value: cdktf.stringToHclTerraform(this._encryptionKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._encryptionKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      exclude: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exclude),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      hold_pending_snapshots: {
        value: cdktf.booleanToHclTerraform(this._holdPendingSnapshots),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      large_block: {
        value: cdktf.booleanToHclTerraform(this._largeBlock),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      lifetime_unit: {
        value: cdktf.stringToHclTerraform(this._lifetimeUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lifetime_value: {
        value: cdktf.numberToHclTerraform(this._lifetimeValue),
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
      name_regex: {
        value: cdktf.stringToHclTerraform(this._nameRegex),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      naming_schema: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._namingSchema),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      netcat_active_side: {
        value: cdktf.stringToHclTerraform(this._netcatActiveSide),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      netcat_active_side_listen_address: {
        value: cdktf.stringToHclTerraform(this._netcatActiveSideListenAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      netcat_active_side_port_max: {
        value: cdktf.numberToHclTerraform(this._netcatActiveSidePortMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      netcat_active_side_port_min: {
        value: cdktf.numberToHclTerraform(this._netcatActiveSidePortMin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      netcat_passive_side_connect_address: {
        value: cdktf.stringToHclTerraform(this._netcatPassiveSideConnectAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      only_matching_schedule: {
        value: cdktf.booleanToHclTerraform(this._onlyMatchingSchedule),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      periodic_snapshot_task_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._periodicSnapshotTaskIds),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      properties: {
        value: cdktf.booleanToHclTerraform(this._properties),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      properties_exclude: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._propertiesExclude),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      properties_override: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._propertiesOverride),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      readonly: {
        value: cdktf.stringToHclTerraform(this._readonly),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      recursive: {
        value: cdktf.booleanToHclTerraform(this._recursive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      replicate: {
        value: cdktf.booleanToHclTerraform(this._replicate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      restrict_schedule: {
        value: cdktf.stringToHclTerraform(this._restrictSchedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      retention_policy: {
        value: cdktf.stringToHclTerraform(this._retentionPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      retries: {
        value: cdktf.numberToHclTerraform(this._retries),
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
      source_datasets: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sourceDatasets),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      speed_limit: {
        value: cdktf.numberToHclTerraform(this._speedLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_credentials: {
        value: cdktf.numberToHclTerraform(this._sshCredentials),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      target_dataset: {
        value: cdktf.stringToHclTerraform(this._targetDataset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transport: {
        value: cdktf.stringToHclTerraform(this._transport),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
