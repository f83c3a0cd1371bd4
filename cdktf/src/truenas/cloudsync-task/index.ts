// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CloudsyncTaskConfig extends cdktf.TerraformMetaArguments {
  /**
  * Google Drive only: download files Google flags as malware or spam.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#acknowledge_abuse CloudsyncTask#acknowledge_abuse}
  */
  readonly acknowledgeAbuse?: boolean | cdktf.IResolvable;
  /**
  * The bucket (or container): required for providers with buckets (S3, B2, Azure Blob, Google Cloud Storage, Storj, Swift, hubiC), refused by the others.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#bucket CloudsyncTask#bucket}
  */
  readonly bucket?: string;
  /**
  * Google Cloud Storage only: use bucket-level IAM policies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#bucket_policy_only CloudsyncTask#bucket_policy_only}
  */
  readonly bucketPolicyOnly?: boolean | cdktf.IResolvable;
  /**
  * Upload chunk size in MiB: B2 (at least 5; server default 96) and Dropbox (5 to 149; server default 48) only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#chunk_size CloudsyncTask#chunk_size}
  */
  readonly chunkSize?: number;
  /**
  * Create empty source directories on the destination too.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#create_empty_src_dirs CloudsyncTask#create_empty_src_dirs}
  */
  readonly createEmptySrcDirs?: boolean | cdktf.IResolvable;
  /**
  * The id of the cloud credential to use (`truenas_cloudsync_credential.<name>.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#credentials CloudsyncTask#credentials}
  */
  readonly credentials: number;
  /**
  * What the cloud sync task is for (shown in the TrueNAS UI).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#description CloudsyncTask#description}
  */
  readonly description?: string;
  /**
  * PUSH (local to cloud) or PULL (cloud to local).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#direction CloudsyncTask#direction}
  */
  readonly direction: string;
  /**
  * Whether the task runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#enabled CloudsyncTask#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Encrypt the files on the remote (rclone's crypt); needs encryption_password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption CloudsyncTask#encryption}
  */
  readonly encryption?: boolean | cdktf.IResolvable;
  /**
  * The password of rclone's encryption. Give it here or, kept out of state, as encryption_password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_password CloudsyncTask#encryption_password}
  */
  readonly encryptionPassword?: string;
  /**
  * The password of rclone's encryption, write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); encryption_password then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_password_wo CloudsyncTask#encryption_password_wo}
  */
  readonly encryptionPasswordWo?: string;
  /**
  * Required with encryption_password_wo; change it to send a new encryption_password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_password_wo_version CloudsyncTask#encryption_password_wo_version}
  */
  readonly encryptionPasswordWoVersion?: number;
  /**
  * The salt of rclone's encryption (its second password; empty: none). Give it here or, kept out of state, as encryption_salt_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_salt CloudsyncTask#encryption_salt}
  */
  readonly encryptionSalt?: string;
  /**
  * The salt of rclone's encryption (its second password; empty: none), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); encryption_salt then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_salt_wo CloudsyncTask#encryption_salt_wo}
  */
  readonly encryptionSaltWo?: string;
  /**
  * Required with encryption_salt_wo; change it to send a new encryption_salt_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#encryption_salt_wo_version CloudsyncTask#encryption_salt_wo_version}
  */
  readonly encryptionSaltWoVersion?: number;
  /**
  * Patterns of files to exclude (rclone filter syntax).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#exclude CloudsyncTask#exclude}
  */
  readonly exclude?: string[];
  /**
  * rclone's --fast-list: fewer transactions for more memory (bucket providers, Google Drive, Yandex). Unset: the server's default, false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#fast_list CloudsyncTask#fast_list}
  */
  readonly fastList?: boolean | cdktf.IResolvable;
  /**
  * Encrypt the file names too (with encryption).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#filename_encryption CloudsyncTask#filename_encryption}
  */
  readonly filenameEncryption?: boolean | cdktf.IResolvable;
  /**
  * The folder in the bucket (or on the remote) to use as the root; empty for the top.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#folder CloudsyncTask#folder}
  */
  readonly folder?: string;
  /**
  * Follow symbolic links and copy what they point to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#follow_symlinks CloudsyncTask#follow_symlinks}
  */
  readonly followSymlinks?: boolean | cdktf.IResolvable;
  /**
  * Patterns of files to include (rclone filter syntax).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#include CloudsyncTask#include}
  */
  readonly include?: string[];
  /**
  * The local directory, under /mnt/<pool>.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#path CloudsyncTask#path}
  */
  readonly path: string;
  /**
  * A shell script run after the task succeeded (needs a full administrator).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#post_script CloudsyncTask#post_script}
  */
  readonly postScript?: string;
  /**
  * A shell script run before the task (needs a full administrator).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#pre_script CloudsyncTask#pre_script}
  */
  readonly preScript?: string;
  /**
  * S3 only: the region. Unless the credential sets `region` or `skip_region`, the server looks up the bucket's region and uses that instead (this attribute then keeps what is configured); an S3-compatible endpoint without GetBucketLocation needs `settings.skip_region = "true"` on the credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#region CloudsyncTask#region}
  */
  readonly region?: string;
  /**
  * When the task runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#schedule CloudsyncTask#schedule}
  */
  readonly schedule?: string;
  /**
  * S3 only: server-side encryption, AES256.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#server_side_encryption CloudsyncTask#server_side_encryption}
  */
  readonly serverSideEncryption?: string;
  /**
  * Work from a ZFS snapshot of the path taken for the run (a dataset with no child datasets).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#snapshot CloudsyncTask#snapshot}
  */
  readonly snapshot?: boolean | cdktf.IResolvable;
  /**
  * S3 only: the storage class, one of STANDARD, REDUCED_REDUNDANCY, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER, GLACIER_IR, DEEP_ARCHIVE (empty: the bucket's default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#storage_class CloudsyncTask#storage_class}
  */
  readonly storageClass?: string;
  /**
  * SYNC (make the destination match, deleting what the source lacks), COPY (add and update only) or MOVE (copy, then delete the source files).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#transfer_mode CloudsyncTask#transfer_mode}
  */
  readonly transferMode: string;
  /**
  * How many files rclone transfers at once; unset: its default (4).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#transfers CloudsyncTask#transfers}
  */
  readonly transfers?: number;
  /**
  * bwlimit block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#bwlimit CloudsyncTask#bwlimit}
  */
  readonly bwlimit?: CloudsyncTaskBwlimit[] | cdktf.IResolvable;
}
export interface CloudsyncTaskBwlimit {
  /**
  * Bytes per second (upload and download); unset: no limit.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#bandwidth CloudsyncTask#bandwidth}
  */
  readonly bandwidth?: number;
  /**
  * When the limit starts, HH:MM (24-hour).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#time CloudsyncTask#time}
  */
  readonly time: string;
}

export function cloudsyncTaskBwlimitToTerraform(struct?: CloudsyncTaskBwlimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bandwidth: cdktf.numberToTerraform(struct!.bandwidth),
    time: cdktf.stringToTerraform(struct!.time),
  }
}


export function cloudsyncTaskBwlimitToHclTerraform(struct?: CloudsyncTaskBwlimit | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bandwidth: {
      value: cdktf.numberToHclTerraform(struct!.bandwidth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    time: {
      value: cdktf.stringToHclTerraform(struct!.time),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CloudsyncTaskBwlimitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CloudsyncTaskBwlimit | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bandwidth !== undefined) {
      hasAnyValues = true;
      internalValueResult.bandwidth = this._bandwidth;
    }
    if (this._time !== undefined) {
      hasAnyValues = true;
      internalValueResult.time = this._time;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CloudsyncTaskBwlimit | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bandwidth = undefined;
      this._time = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bandwidth = value.bandwidth;
      this._time = value.time;
    }
  }

  // bandwidth - computed: false, optional: true, required: false
  private _bandwidth?: number; 
  public get bandwidth() {
    return this.getNumberAttribute('bandwidth');
  }
  public set bandwidth(value: number) {
    this._bandwidth = value;
  }
  public resetBandwidth() {
    this._bandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthInput() {
    return this._bandwidth;
  }

  // time - computed: false, optional: false, required: true
  private _time?: string; 
  public get time() {
    return this.getStringAttribute('time');
  }
  public set time(value: string) {
    this._time = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeInput() {
    return this._time;
  }
}

export class CloudsyncTaskBwlimitList extends cdktf.ComplexList {
  public internalValue? : CloudsyncTaskBwlimit[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CloudsyncTaskBwlimitOutputReference {
    return new CloudsyncTaskBwlimitOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task truenas_cloudsync_task}
*/
export class CloudsyncTask extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_cloudsync_task";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CloudsyncTask resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudsyncTask to import
  * @param importFromId The id of the existing CloudsyncTask that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudsyncTask to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_cloudsync_task", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_task truenas_cloudsync_task} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudsyncTaskConfig
  */
  public constructor(scope: Construct, id: string, config: CloudsyncTaskConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_cloudsync_task',
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
    this._acknowledgeAbuse = config.acknowledgeAbuse;
    this._bucket = config.bucket;
    this._bucketPolicyOnly = config.bucketPolicyOnly;
    this._chunkSize = config.chunkSize;
    this._createEmptySrcDirs = config.createEmptySrcDirs;
    this._credentials = config.credentials;
    this._description = config.description;
    this._direction = config.direction;
    this._enabled = config.enabled;
    this._encryption = config.encryption;
    this._encryptionPassword = config.encryptionPassword;
    this._encryptionPasswordWo = config.encryptionPasswordWo;
    this._encryptionPasswordWoVersion = config.encryptionPasswordWoVersion;
    this._encryptionSalt = config.encryptionSalt;
    this._encryptionSaltWo = config.encryptionSaltWo;
    this._encryptionSaltWoVersion = config.encryptionSaltWoVersion;
    this._exclude = config.exclude;
    this._fastList = config.fastList;
    this._filenameEncryption = config.filenameEncryption;
    this._folder = config.folder;
    this._followSymlinks = config.followSymlinks;
    this._include = config.include;
    this._path = config.path;
    this._postScript = config.postScript;
    this._preScript = config.preScript;
    this._region = config.region;
    this._schedule = config.schedule;
    this._serverSideEncryption = config.serverSideEncryption;
    this._snapshot = config.snapshot;
    this._storageClass = config.storageClass;
    this._transferMode = config.transferMode;
    this._transfers = config.transfers;
    this._bwlimit.internalValue = config.bwlimit;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // create_empty_src_dirs - computed: true, optional: true, required: false
  private _createEmptySrcDirs?: boolean | cdktf.IResolvable; 
  public get createEmptySrcDirs() {
    return this.getBooleanAttribute('create_empty_src_dirs');
  }
  public set createEmptySrcDirs(value: boolean | cdktf.IResolvable) {
    this._createEmptySrcDirs = value;
  }
  public resetCreateEmptySrcDirs() {
    this._createEmptySrcDirs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createEmptySrcDirsInput() {
    return this._createEmptySrcDirs;
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

  // direction - computed: false, optional: false, required: true
  private _direction?: string; 
  public get direction() {
    return this.getStringAttribute('direction');
  }
  public set direction(value: string) {
    this._direction = value;
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

  // encryption_password - computed: false, optional: true, required: false
  private _encryptionPassword?: string; 
  public get encryptionPassword() {
    return this.getStringAttribute('encryption_password');
  }
  public set encryptionPassword(value: string) {
    this._encryptionPassword = value;
  }
  public resetEncryptionPassword() {
    this._encryptionPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionPasswordInput() {
    return this._encryptionPassword;
  }

  // encryption_password_wo - computed: false, optional: true, required: false
  private _encryptionPasswordWo?: string; 
  public get encryptionPasswordWo() {
    return this.getStringAttribute('encryption_password_wo');
  }
  public set encryptionPasswordWo(value: string) {
    this._encryptionPasswordWo = value;
  }
  public resetEncryptionPasswordWo() {
    this._encryptionPasswordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionPasswordWoInput() {
    return this._encryptionPasswordWo;
  }

  // encryption_password_wo_version - computed: false, optional: true, required: false
  private _encryptionPasswordWoVersion?: number; 
  public get encryptionPasswordWoVersion() {
    return this.getNumberAttribute('encryption_password_wo_version');
  }
  public set encryptionPasswordWoVersion(value: number) {
    this._encryptionPasswordWoVersion = value;
  }
  public resetEncryptionPasswordWoVersion() {
    this._encryptionPasswordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionPasswordWoVersionInput() {
    return this._encryptionPasswordWoVersion;
  }

  // encryption_salt - computed: false, optional: true, required: false
  private _encryptionSalt?: string; 
  public get encryptionSalt() {
    return this.getStringAttribute('encryption_salt');
  }
  public set encryptionSalt(value: string) {
    this._encryptionSalt = value;
  }
  public resetEncryptionSalt() {
    this._encryptionSalt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionSaltInput() {
    return this._encryptionSalt;
  }

  // encryption_salt_wo - computed: false, optional: true, required: false
  private _encryptionSaltWo?: string; 
  public get encryptionSaltWo() {
    return this.getStringAttribute('encryption_salt_wo');
  }
  public set encryptionSaltWo(value: string) {
    this._encryptionSaltWo = value;
  }
  public resetEncryptionSaltWo() {
    this._encryptionSaltWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionSaltWoInput() {
    return this._encryptionSaltWo;
  }

  // encryption_salt_wo_version - computed: false, optional: true, required: false
  private _encryptionSaltWoVersion?: number; 
  public get encryptionSaltWoVersion() {
    return this.getNumberAttribute('encryption_salt_wo_version');
  }
  public set encryptionSaltWoVersion(value: number) {
    this._encryptionSaltWoVersion = value;
  }
  public resetEncryptionSaltWoVersion() {
    this._encryptionSaltWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionSaltWoVersionInput() {
    return this._encryptionSaltWoVersion;
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

  // filename_encryption - computed: true, optional: true, required: false
  private _filenameEncryption?: boolean | cdktf.IResolvable; 
  public get filenameEncryption() {
    return this.getBooleanAttribute('filename_encryption');
  }
  public set filenameEncryption(value: boolean | cdktf.IResolvable) {
    this._filenameEncryption = value;
  }
  public resetFilenameEncryption() {
    this._filenameEncryption = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filenameEncryptionInput() {
    return this._filenameEncryption;
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

  // follow_symlinks - computed: true, optional: true, required: false
  private _followSymlinks?: boolean | cdktf.IResolvable; 
  public get followSymlinks() {
    return this.getBooleanAttribute('follow_symlinks');
  }
  public set followSymlinks(value: boolean | cdktf.IResolvable) {
    this._followSymlinks = value;
  }
  public resetFollowSymlinks() {
    this._followSymlinks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get followSymlinksInput() {
    return this._followSymlinks;
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

  // transfer_mode - computed: false, optional: false, required: true
  private _transferMode?: string; 
  public get transferMode() {
    return this.getStringAttribute('transfer_mode');
  }
  public set transferMode(value: string) {
    this._transferMode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transferModeInput() {
    return this._transferMode;
  }

  // transfers - computed: false, optional: true, required: false
  private _transfers?: number; 
  public get transfers() {
    return this.getNumberAttribute('transfers');
  }
  public set transfers(value: number) {
    this._transfers = value;
  }
  public resetTransfers() {
    this._transfers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transfersInput() {
    return this._transfers;
  }

  // bwlimit - computed: false, optional: true, required: false
  private _bwlimit = new CloudsyncTaskBwlimitList(this, "bwlimit", false);
  public get bwlimit() {
    return this._bwlimit;
  }
  public putBwlimit(value: CloudsyncTaskBwlimit[] | cdktf.IResolvable) {
    this._bwlimit.internalValue = value;
  }
  public resetBwlimit() {
    this._bwlimit.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitInput() {
    return this._bwlimit.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      acknowledge_abuse: cdktf.booleanToTerraform(this._acknowledgeAbuse),
      bucket: cdktf.stringToTerraform(this._bucket),
      bucket_policy_only: cdktf.booleanToTerraform(this._bucketPolicyOnly),
      chunk_size: cdktf.numberToTerraform(this._chunkSize),
      create_empty_src_dirs: cdktf.booleanToTerraform(this._createEmptySrcDirs),
      credentials: cdktf.numberToTerraform(this._credentials),
      description: cdktf.stringToTerraform(this._description),
      direction: cdktf.stringToTerraform(this._direction),
      enabled: cdktf.booleanToTerraform(this._enabled),
      encryption: cdktf.booleanToTerraform(this._encryption),
      encryption_password: cdktf.stringToTerraform(this._encryptionPassword),
      encryption_password_wo: cdktf.stringToTerraform(this._encryptionPasswordWo),
      encryption_password_wo_version: cdktf.numberToTerraform(this._encryptionPasswordWoVersion),
      encryption_salt: cdktf.stringToTerraform(this._encryptionSalt),
      encryption_salt_wo: cdktf.stringToTerraform(this._encryptionSaltWo),
      encryption_salt_wo_version: cdktf.numberToTerraform(this._encryptionSaltWoVersion),
      exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exclude),
      fast_list: cdktf.booleanToTerraform(this._fastList),
      filename_encryption: cdktf.booleanToTerraform(this._filenameEncryption),
      folder: cdktf.stringToTerraform(this._folder),
      follow_symlinks: cdktf.booleanToTerraform(this._followSymlinks),
      include: cdktf.listMapper(cdktf.stringToTerraform, false)(this._include),
      path: cdktf.stringToTerraform(this._path),
      post_script: cdktf.stringToTerraform(this._postScript),
      pre_script: cdktf.stringToTerraform(this._preScript),
      region: cdktf.stringToTerraform(this._region),
      schedule: cdktf.stringToTerraform(this._schedule),
      server_side_encryption: cdktf.stringToTerraform(this._serverSideEncryption),
      snapshot: cdktf.booleanToTerraform(this._snapshot),
      storage_class: cdktf.stringToTerraform(this._storageClass),
      transfer_mode: cdktf.stringToTerraform(this._transferMode),
      transfers: cdktf.numberToTerraform(this._transfers),
      bwlimit: cdktf.listMapper(cloudsyncTaskBwlimitToTerraform, true)(this._bwlimit.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
      chunk_size: {
        value: cdktf.numberToHclTerraform(this._chunkSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      create_empty_src_dirs: {
        value: cdktf.booleanToHclTerraform(this._createEmptySrcDirs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      encryption: {
        value: cdktf.booleanToHclTerraform(this._encryption),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      encryption_password: {
        value: cdktf.stringToHclTerraform(this._encryptionPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_password_wo: {
        value: cdktf.stringToHclTerraform(this._encryptionPasswordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_password_wo_version: {
        value: cdktf.numberToHclTerraform(this._encryptionPasswordWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      encryption_salt: {
        value: cdktf.stringToHclTerraform(this._encryptionSalt),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_salt_wo: {
        value: cdktf.stringToHclTerraform(this._encryptionSaltWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_salt_wo_version: {
        value: cdktf.numberToHclTerraform(this._encryptionSaltWoVersion),
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
      fast_list: {
        value: cdktf.booleanToHclTerraform(this._fastList),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      filename_encryption: {
        value: cdktf.booleanToHclTerraform(this._filenameEncryption),
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
      follow_symlinks: {
        value: cdktf.booleanToHclTerraform(this._followSymlinks),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      include: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._include),
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
      transfer_mode: {
        value: cdktf.stringToHclTerraform(this._transferMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transfers: {
        value: cdktf.numberToHclTerraform(this._transfers),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bwlimit: {
        value: cdktf.listMapperHcl(cloudsyncTaskBwlimitToHclTerraform, true)(this._bwlimit.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CloudsyncTaskBwlimitList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
