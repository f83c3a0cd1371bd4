// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CloudBackupConfig extends cdktf.TerraformMetaArguments {
  /**
  * Keep the absolute local paths in the snapshots. The server takes it only on create: changing it replaces the backup task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#absolute_paths CloudBackup#absolute_paths}
  */
  readonly absolutePaths?: boolean | cdktf.IResolvable;
  /**
  * Google Drive only: download files Google flags as malware or spam.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#acknowledge_abuse CloudBackup#acknowledge_abuse}
  */
  readonly acknowledgeAbuse?: boolean | cdktf.IResolvable;
  /**
  * The bucket (or container): required for providers with buckets (S3, B2, Azure Blob, Google Cloud Storage, Storj, Swift, hubiC), refused by the others.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#bucket CloudBackup#bucket}
  */
  readonly bucket?: string;
  /**
  * Google Cloud Storage only: use bucket-level IAM policies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#bucket_policy_only CloudBackup#bucket_policy_only}
  */
  readonly bucketPolicyOnly?: boolean | cdktf.IResolvable;
  /**
  * A writeable directory under /mnt/<pool> for restic's cache; unset: no cache. TrueNAS 25.10 and later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#cache_path CloudBackup#cache_path}
  */
  readonly cachePath?: string;
  /**
  * Upload chunk size in MiB: B2 (at least 5; server default 96) and Dropbox (5 to 149; server default 48) only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#chunk_size CloudBackup#chunk_size}
  */
  readonly chunkSize?: number;
  /**
  * The id of the cloud credential to use (`truenas_cloudsync_credential.<name>.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#credentials CloudBackup#credentials}
  */
  readonly credentials: number;
  /**
  * What the cloud backup is for (shown in the TrueNAS UI).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#description CloudBackup#description}
  */
  readonly description?: string;
  /**
  * Whether the task runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#enabled CloudBackup#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Patterns of files to exclude (rclone filter syntax).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#exclude CloudBackup#exclude}
  */
  readonly exclude?: string[];
  /**
  * rclone's --fast-list: fewer transactions for more memory (bucket providers, Google Drive, Yandex). Unset: the server's default, false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#fast_list CloudBackup#fast_list}
  */
  readonly fastList?: boolean | cdktf.IResolvable;
  /**
  * The folder in the bucket (or on the remote) to use as the root; empty for the top.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#folder CloudBackup#folder}
  */
  readonly folder?: string;
  /**
  * Patterns of files to include (rclone filter syntax).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#include CloudBackup#include}
  */
  readonly include?: string[];
  /**
  * How many of the latest snapshots to keep (at least 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#keep_last CloudBackup#keep_last}
  */
  readonly keepLast: number;
  /**
  * The restic repository's password (needed to create the backup; an imported backup keeps the server's when it is left out). Give it here or, kept out of state, as password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#password CloudBackup#password}
  */
  readonly password?: string;
  /**
  * The restic repository's password (needed to create the backup; an imported backup keeps the server's when it is left out), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); password then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#password_wo CloudBackup#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Required with password_wo; change it to send a new password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#password_wo_version CloudBackup#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * The local directory, under /mnt/<pool>.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#path CloudBackup#path}
  */
  readonly path: string;
  /**
  * A shell script run after the task succeeded (needs a full administrator).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#post_script CloudBackup#post_script}
  */
  readonly postScript?: string;
  /**
  * A shell script run before the task (needs a full administrator).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#pre_script CloudBackup#pre_script}
  */
  readonly preScript?: string;
  /**
  * Upload and download limit in KiB/s; unset: none. TrueNAS 25.10 and later.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#rate_limit CloudBackup#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * S3 only: the region. Unless the credential sets `region` or `skip_region`, the server looks up the bucket's region and uses that instead (this attribute then keeps what is configured); an S3-compatible endpoint without GetBucketLocation needs `settings.skip_region = "true"` on the credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#region CloudBackup#region}
  */
  readonly region?: string;
  /**
  * When the task runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#schedule CloudBackup#schedule}
  */
  readonly schedule?: string;
  /**
  * S3 only: server-side encryption, AES256.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#server_side_encryption CloudBackup#server_side_encryption}
  */
  readonly serverSideEncryption?: string;
  /**
  * Work from a ZFS snapshot of the path taken for the run (a dataset with no child datasets).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#snapshot CloudBackup#snapshot}
  */
  readonly snapshot?: boolean | cdktf.IResolvable;
  /**
  * S3 only: the storage class, one of STANDARD, REDUCED_REDUNDANCY, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER, GLACIER_IR, DEEP_ARCHIVE (empty: the bucket's default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#storage_class CloudBackup#storage_class}
  */
  readonly storageClass?: string;
  /**
  * DEFAULT, PERFORMANCE (bigger packs) or FAST_STORAGE (bigger packs, more parallel reads).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#transfer_setting CloudBackup#transfer_setting}
  */
  readonly transferSetting?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup truenas_cloud_backup}
*/
export class CloudBackup extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_cloud_backup";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CloudBackup resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudBackup to import
  * @param importFromId The id of the existing CloudBackup that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudBackup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_cloud_backup", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloud_backup truenas_cloud_backup} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudBackupConfig
  */
  public constructor(scope: Construct, id: string, config: CloudBackupConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_cloud_backup',
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
    this._absolutePaths = config.absolutePaths;
    this._acknowledgeAbuse = config.acknowledgeAbuse;
    this._bucket = config.bucket;
    this._bucketPolicyOnly = config.bucketPolicyOnly;
    this._cachePath = config.cachePath;
    this._chunkSize = config.chunkSize;
    this._credentials = config.credentials;
    this._description = config.description;
    this._enabled = config.enabled;
    this._exclude = config.exclude;
    this._fastList = config.fastList;
    this._folder = config.folder;
    this._include = config.include;
    this._keepLast = config.keepLast;
    this._password = config.password;
    this._passwordWo = config.passwordWo;
    this._passwordWoVersion = config.passwordWoVersion;
    this._path = config.path;
    this._postScript = config.postScript;
    this._preScript = config.preScript;
    this._rateLimit = config.rateLimit;
    this._region = config.region;
    this._schedule = config.schedule;
    this._serverSideEncryption = config.serverSideEncryption;
    this._snapshot = config.snapshot;
    this._storageClass = config.storageClass;
    this._transferSetting = config.transferSetting;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // absolute_paths - computed: true, optional: true, required: false
  private _absolutePaths?: boolean | cdktf.IResolvable; 
  public get absolutePaths() {
    return this.getBooleanAttribute('absolute_paths');
  }
  public set absolutePaths(value: boolean | cdktf.IResolvable) {
    this._absolutePaths = value;
  }
  public resetAbsolutePaths() {
    this._absolutePaths = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get absolutePathsInput() {
    return this._absolutePaths;
  }

  // acknowledge_abuse - computed: false, optional: true, required: false
  private _acknowledgeAbuse?: boolean | cdktf.IResolvable; 
  public get acknowledgeAbuse() {
    return this.getBooleanAttribute('acknowledge_abuse');
  }
  public set acknowledgeAbuse(value: boolean | cdktf.IResolvable) {
    this._acknowledgeAbuse = value;
  }
  public resetAcknowledgeAbuse() {
    this._acknowledgeAbuse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get acknowledgeAbuseInput() {
    return this._acknowledgeAbuse;
  }

  // bucket - computed: false, optional: true, required: false
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  public resetBucket() {
    this._bucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // bucket_policy_only - computed: false, optional: true, required: false
  private _bucketPolicyOnly?: boolean | cdktf.IResolvable; 
  public get bucketPolicyOnly() {
    return this.getBooleanAttribute('bucket_policy_only');
  }
  public set bucketPolicyOnly(value: boolean | cdktf.IResolvable) {
    this._bucketPolicyOnly = value;
  }
  public resetBucketPolicyOnly() {
    this._bucketPolicyOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketPolicyOnlyInput() {
    return this._bucketPolicyOnly;
  }

  // cache_path - computed: false, optional: true, required: false
  private _cachePath?: string; 
  public get cachePath() {
    return this.getStringAttribute('cache_path');
  }
  public set cachePath(value: string) {
    this._cachePath = value;
  }
  public resetCachePath() {
    this._cachePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cachePathInput() {
    return this._cachePath;
  }

  // chunk_size - computed: false, optional: true, required: false
  private _chunkSize?: number; 
  public get chunkSize() {
    return this.getNumberAttribute('chunk_size');
  }
  public set chunkSize(value: number) {
    this._chunkSize = value;
  }
  public resetChunkSize() {
    this._chunkSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chunkSizeInput() {
    return this._chunkSize;
  }

  // credentials - computed: false, optional: false, required: true
  private _credentials?: number; 
  public get credentials() {
    return this.getNumberAttribute('credentials');
  }
  public set credentials(value: number) {
    this._credentials = value;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials;
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

  // fast_list - computed: false, optional: true, required: false
  private _fastList?: boolean | cdktf.IResolvable; 
  public get fastList() {
    return this.getBooleanAttribute('fast_list');
  }
  public set fastList(value: boolean | cdktf.IResolvable) {
    this._fastList = value;
  }
  public resetFastList() {
    this._fastList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fastListInput() {
    return this._fastList;
  }

  // folder - computed: true, optional: true, required: false
  private _folder?: string; 
  public get folder() {
    return this.getStringAttribute('folder');
  }
  public set folder(value: string) {
    this._folder = value;
  }
  public resetFolder() {
    this._folder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get folderInput() {
    return this._folder;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // include - computed: true, optional: true, required: false
  private _include?: string[]; 
  public get include() {
    return this.getListAttribute('include');
  }
  public set include(value: string[]) {
    this._include = value;
  }
  public resetInclude() {
    this._include = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInput() {
    return this._include;
  }

  // keep_last - computed: false, optional: false, required: true
  private _keepLast?: number; 
  public get keepLast() {
    return this.getNumberAttribute('keep_last');
  }
  public set keepLast(value: number) {
    this._keepLast = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keepLastInput() {
    return this._keepLast;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
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

  // post_script - computed: true, optional: true, required: false
  private _postScript?: string; 
  public get postScript() {
    return this.getStringAttribute('post_script');
  }
  public set postScript(value: string) {
    this._postScript = value;
  }
  public resetPostScript() {
    this._postScript = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get postScriptInput() {
    return this._postScript;
  }

  // pre_script - computed: true, optional: true, required: false
  private _preScript?: string; 
  public get preScript() {
    return this.getStringAttribute('pre_script');
  }
  public set preScript(value: string) {
    this._preScript = value;
  }
  public resetPreScript() {
    this._preScript = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preScriptInput() {
    return this._preScript;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
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

  // server_side_encryption - computed: false, optional: true, required: false
  private _serverSideEncryption?: string; 
  public get serverSideEncryption() {
    return this.getStringAttribute('server_side_encryption');
  }
  public set serverSideEncryption(value: string) {
    this._serverSideEncryption = value;
  }
  public resetServerSideEncryption() {
    this._serverSideEncryption = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverSideEncryptionInput() {
    return this._serverSideEncryption;
  }

  // snapshot - computed: true, optional: true, required: false
  private _snapshot?: boolean | cdktf.IResolvable; 
  public get snapshot() {
    return this.getBooleanAttribute('snapshot');
  }
  public set snapshot(value: boolean | cdktf.IResolvable) {
    this._snapshot = value;
  }
  public resetSnapshot() {
    this._snapshot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotInput() {
    return this._snapshot;
  }

  // storage_class - computed: false, optional: true, required: false
  private _storageClass?: string; 
  public get storageClass() {
    return this.getStringAttribute('storage_class');
  }
  public set storageClass(value: string) {
    this._storageClass = value;
  }
  public resetStorageClass() {
    this._storageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassInput() {
    return this._storageClass;
  }

  // transfer_setting - computed: true, optional: true, required: false
  private _transferSetting?: string; 
  public get transferSetting() {
    return this.getStringAttribute('transfer_setting');
  }
  public set transferSetting(value: string) {
    this._transferSetting = value;
  }
  public resetTransferSetting() {
    this._transferSetting = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transferSettingInput() {
    return this._transferSetting;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      absolute_paths: cdktf.booleanToTerraform(this._absolutePaths),
      acknowledge_abuse: cdktf.booleanToTerraform(this._acknowledgeAbuse),
      bucket: cdktf.stringToTerraform(this._bucket),
      bucket_policy_only: cdktf.booleanToTerraform(this._bucketPolicyOnly),
      cache_path: cdktf.stringToTerraform(this._cachePath),
      chunk_size: cdktf.numberToTerraform(this._chunkSize),
      credentials: cdktf.numberToTerraform(this._credentials),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exclude),
      fast_list: cdktf.booleanToTerraform(this._fastList),
      folder: cdktf.stringToTerraform(this._folder),
      include: cdktf.listMapper(cdktf.stringToTerraform, false)(this._include),
      keep_last: cdktf.numberToTerraform(this._keepLast),
      password: cdktf.stringToTerraform(this._password),
      password_wo: cdktf.stringToTerraform(this._passwordWo),
      password_wo_version: cdktf.numberToTerraform(this._passwordWoVersion),
      path: cdktf.stringToTerraform(this._path),
      post_script: cdktf.stringToTerraform(this._postScript),
      pre_script: cdktf.stringToTerraform(this._preScript),
      rate_limit: cdktf.numberToTerraform(this._rateLimit),
      region: cdktf.stringToTerraform(this._region),
      schedule: cdktf.stringToTerraform(this._schedule),
      server_side_encryption: cdktf.stringToTerraform(this._serverSideEncryption),
      snapshot: cdktf.booleanToTerraform(this._snapshot),
      storage_class: cdktf.stringToTerraform(this._storageClass),
      transfer_setting: cdktf.stringToTerraform(this._transferSetting),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      absolute_paths: {
        value: cdktf.booleanToHclTerraform(this._absolutePaths),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      acknowledge_abuse: {
        value: cdktf.booleanToHclTerraform(this._acknowledgeAbuse),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bucket: {
        value: cdktf.stringToHclTerraform(this._bucket),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bucket_policy_only: {
        value: cdktf.booleanToHclTerraform(this._bucketPolicyOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cache_path: {
        value: cdktf.stringToHclTerraform(this._cachePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      chunk_size: {
        value: cdktf.numberToHclTerraform(this._chunkSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      credentials: {
        value: cdktf.numberToHclTerraform(this._credentials),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
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
      exclude: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exclude),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      fast_list: {
        value: cdktf.booleanToHclTerraform(this._fastList),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      folder: {
        value: cdktf.stringToHclTerraform(this._folder),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._include),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      keep_last: {
        value: cdktf.numberToHclTerraform(this._keepLast),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo: {
        value: cdktf.stringToHclTerraform(this._passwordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo_version: {
        value: cdktf.numberToHclTerraform(this._passwordWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      post_script: {
        value: cdktf.stringToHclTerraform(this._postScript),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pre_script: {
        value: cdktf.stringToHclTerraform(this._preScript),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rate_limit: {
        value: cdktf.numberToHclTerraform(this._rateLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      schedule: {
        value: cdktf.stringToHclTerraform(this._schedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server_side_encryption: {
        value: cdktf.stringToHclTerraform(this._serverSideEncryption),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snapshot: {
        value: cdktf.booleanToHclTerraform(this._snapshot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      storage_class: {
        value: cdktf.stringToHclTerraform(this._storageClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transfer_setting: {
        value: cdktf.stringToHclTerraform(this._transferSetting),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
