// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DatasetConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether reads update access times; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#atime Dataset#atime}
  */
  readonly atime?: boolean | cdktf.IResolvable;
  /**
  * Free-text comment stored with the dataset. Removing it from the configuration later keeps the current text and plans no change: set "" to clear it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#comments Dataset#comments}
  */
  readonly comments?: string;
  /**
  * Compression algorithm, such as "lz4" or "zstd"; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#compression Dataset#compression}
  */
  readonly compression?: string;
  /**
  * Deduplication: on, off or verify; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#deduplication Dataset#deduplication}
  */
  readonly deduplication?: string;
  /**
  * Whether the dataset is an encryption root with a key or passphrase of its own (then set one of `passphrase`, `passphrase_wo`, `key`, `key_wo` or `generate_key`). False or unset: it inherits its parent's encryption (encrypted when the parent is). Read back; changing it replaces the dataset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#encryption Dataset#encryption}
  */
  readonly encryption?: boolean | cdktf.IResolvable;
  /**
  * Cipher of an encryption root: AES-128-CCM, AES-192-CCM, AES-256-CCM, AES-128-GCM, AES-192-GCM, AES-256-GCM (default AES-256-GCM). Read back (an inherited one too); changing it replaces the dataset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#encryption_algorithm Dataset#encryption_algorithm}
  */
  readonly encryptionAlgorithm?: string;
  /**
  * Change it to send `passphrase_wo` or `key_wo` again (re-keying in place); required with either.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#encryption_wo_version Dataset#encryption_wo_version}
  */
  readonly encryptionWoVersion?: number;
  /**
  * Whether programs on the dataset may be executed; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#exec Dataset#exec}
  */
  readonly exec?: boolean | cdktf.IResolvable;
  /**
  * Let TrueNAS generate the hex key (it keeps it; export it from the UI). Turning it on later re-keys in place with a new generated key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#generate_key Dataset#generate_key}
  */
  readonly generateKey?: boolean | cdktf.IResolvable;
  /**
  * Property attributes that inherit from the parent dataset (or take the ZFS default at the top): any of compression, sync, deduplication, atime, exec, readonly, recordsize. Each one listed is put back to inheriting (TrueNAS "INHERIT") and may not be set in the configuration; its attribute reads the value it inherits. A listed property set on the dataset outside terraform is inherited again at the next apply. Removing a name from the list leaves the property as it is. After an import the state lists nothing; listing properties the dataset already inherits plans no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#inherit Dataset#inherit}
  */
  readonly inherit?: string[];
  /**
  * Hex key of the encryption root (64 hexadecimal digits). Sent at creation and when it changes (in place); never read back (kept in state, sensitive; `key_wo` keeps it out).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#key Dataset#key}
  */
  readonly key?: string;
  /**
  * Hex key, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and when `encryption_wo_version` changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#key_wo Dataset#key_wo}
  */
  readonly keyWo?: string;
  /**
  * Full name, such as "tank/media". Its parent must exist.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#name Dataset#name}
  */
  readonly name: string;
  /**
  * Passphrase of the encryption root (8 to 1024 characters). Sent at creation and when it changes (`pool.dataset.change_key`, in place); never read back (kept in state, sensitive; `passphrase_wo` keeps it out).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#passphrase Dataset#passphrase}
  */
  readonly passphrase?: string;
  /**
  * Passphrase, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and when `encryption_wo_version` changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#passphrase_wo Dataset#passphrase_wo}
  */
  readonly passphraseWo?: string;
  /**
  * PBKDF2 iterations deriving the key from the passphrase: at least 100000 (TrueNAS 26.0: 1300000); the server's default when unset. Changing it re-sends the passphrase. A dataset keyed with fewer on an older release keeps them through the upgrade to 26.0: the minimum applies when the key is sent (creation, a new passphrase, other iterations).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#pbkdf2iters Dataset#pbkdf2iters}
  */
  readonly pbkdf2Iters?: number;
  /**
  * Limit in bytes on the space the dataset and its children use; 0 for none (at least 1 GiB otherwise). Removing it from the configuration later keeps the current value and plans no change: set 0 to remove it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#quota Dataset#quota}
  */
  readonly quota?: number;
  /**
  * Whether the dataset is read-only; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#readonly Dataset#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Largest block size for files, a power of two from 512 to 16M such as "128K" or "1M"; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#recordsize Dataset#recordsize}
  */
  readonly recordsize?: string;
  /**
  * Limit in bytes on the space the dataset itself uses, excluding children and snapshots; 0 for none (at least 1 GiB otherwise). Removing it from the configuration later keeps the current value and plans no change: set 0 to remove it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#refquota Dataset#refquota}
  */
  readonly refquota?: number;
  /**
  * Bytes guaranteed to the dataset itself; 0 for none. Removing it from the configuration later keeps the current value and plans no change: set 0 to remove it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#refreservation Dataset#refreservation}
  */
  readonly refreservation?: number;
  /**
  * Bytes guaranteed to the dataset and its children; 0 for none. Removing it from the configuration later keeps the current value and plans no change: set 0 to remove it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#reservation Dataset#reservation}
  */
  readonly reservation?: number;
  /**
  * Preset of ACL and case-sensitivity settings for the intended sharing: GENERIC, MULTIPROTOCOL, NFS, SMB or APPS. Used at creation only (TrueNAS keeps no record of it): changing it from one preset to another replaces the dataset; removing it, or adding it to an imported dataset, changes nothing on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#share_type Dataset#share_type}
  */
  readonly shareType?: string;
  /**
  * Synchronous write behaviour: standard, always or disabled; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#sync Dataset#sync}
  */
  readonly sync?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset}
*/
export class Dataset extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_dataset";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Dataset resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Dataset to import
  * @param importFromId The id of the existing Dataset that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Dataset to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_dataset", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DatasetConfig
  */
  public constructor(scope: Construct, id: string, config: DatasetConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_dataset',
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
    this._atime = config.atime;
    this._comments = config.comments;
    this._compression = config.compression;
    this._deduplication = config.deduplication;
    this._encryption = config.encryption;
    this._encryptionAlgorithm = config.encryptionAlgorithm;
    this._encryptionWoVersion = config.encryptionWoVersion;
    this._exec = config.exec;
    this._generateKey = config.generateKey;
    this._inherit = config.inherit;
    this._key = config.key;
    this._keyWo = config.keyWo;
    this._name = config.name;
    this._passphrase = config.passphrase;
    this._passphraseWo = config.passphraseWo;
    this._pbkdf2Iters = config.pbkdf2Iters;
    this._quota = config.quota;
    this._readonly = config.readonly;
    this._recordsize = config.recordsize;
    this._refquota = config.refquota;
    this._refreservation = config.refreservation;
    this._reservation = config.reservation;
    this._shareType = config.shareType;
    this._sync = config.sync;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // atime - computed: true, optional: true, required: false
  private _atime?: boolean | cdktf.IResolvable; 
  public get atime() {
    return this.getBooleanAttribute('atime');
  }
  public set atime(value: boolean | cdktf.IResolvable) {
    this._atime = value;
  }
  public resetAtime() {
    this._atime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get atimeInput() {
    return this._atime;
  }

  // available - computed: true, optional: false, required: false
  public get available() {
    return this.getNumberAttribute('available');
  }

  // comments - computed: true, optional: true, required: false
  private _comments?: string; 
  public get comments() {
    return this.getStringAttribute('comments');
  }
  public set comments(value: string) {
    this._comments = value;
  }
  public resetComments() {
    this._comments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentsInput() {
    return this._comments;
  }

  // compression - computed: true, optional: true, required: false
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

  // deduplication - computed: true, optional: true, required: false
  private _deduplication?: string; 
  public get deduplication() {
    return this.getStringAttribute('deduplication');
  }
  public set deduplication(value: string) {
    this._deduplication = value;
  }
  public resetDeduplication() {
    this._deduplication = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deduplicationInput() {
    return this._deduplication;
  }

  // encrypted - computed: true, optional: false, required: false
  public get encrypted() {
    return this.getBooleanAttribute('encrypted');
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

  // encryption_algorithm - computed: true, optional: true, required: false
  private _encryptionAlgorithm?: string; 
  public get encryptionAlgorithm() {
    return this.getStringAttribute('encryption_algorithm');
  }
  public set encryptionAlgorithm(value: string) {
    this._encryptionAlgorithm = value;
  }
  public resetEncryptionAlgorithm() {
    this._encryptionAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionAlgorithmInput() {
    return this._encryptionAlgorithm;
  }

  // encryption_root - computed: true, optional: false, required: false
  public get encryptionRoot() {
    return this.getStringAttribute('encryption_root');
  }

  // encryption_wo_version - computed: false, optional: true, required: false
  private _encryptionWoVersion?: number; 
  public get encryptionWoVersion() {
    return this.getNumberAttribute('encryption_wo_version');
  }
  public set encryptionWoVersion(value: number) {
    this._encryptionWoVersion = value;
  }
  public resetEncryptionWoVersion() {
    this._encryptionWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionWoVersionInput() {
    return this._encryptionWoVersion;
  }

  // exec - computed: true, optional: true, required: false
  private _exec?: boolean | cdktf.IResolvable; 
  public get exec() {
    return this.getBooleanAttribute('exec');
  }
  public set exec(value: boolean | cdktf.IResolvable) {
    this._exec = value;
  }
  public resetExec() {
    this._exec = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get execInput() {
    return this._exec;
  }

  // generate_key - computed: false, optional: true, required: false
  private _generateKey?: boolean | cdktf.IResolvable; 
  public get generateKey() {
    return this.getBooleanAttribute('generate_key');
  }
  public set generateKey(value: boolean | cdktf.IResolvable) {
    this._generateKey = value;
  }
  public resetGenerateKey() {
    this._generateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get generateKeyInput() {
    return this._generateKey;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // inherit - computed: true, optional: true, required: false
  private _inherit?: string[]; 
  public get inherit() {
    return cdktf.Fn.tolist(this.getListAttribute('inherit'));
  }
  public set inherit(value: string[]) {
    this._inherit = value;
  }
  public resetInherit() {
    this._inherit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inheritInput() {
    return this._inherit;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // key_format - computed: true, optional: false, required: false
  public get keyFormat() {
    return this.getStringAttribute('key_format');
  }

  // key_wo - computed: false, optional: true, required: false
  private _keyWo?: string; 
  public get keyWo() {
    return this.getStringAttribute('key_wo');
  }
  public set keyWo(value: string) {
    this._keyWo = value;
  }
  public resetKeyWo() {
    this._keyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyWoInput() {
    return this._keyWo;
  }

  // locked - computed: true, optional: false, required: false
  public get locked() {
    return this.getBooleanAttribute('locked');
  }

  // mountpoint - computed: true, optional: false, required: false
  public get mountpoint() {
    return this.getStringAttribute('mountpoint');
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

  // passphrase - computed: false, optional: true, required: false
  private _passphrase?: string; 
  public get passphrase() {
    return this.getStringAttribute('passphrase');
  }
  public set passphrase(value: string) {
    this._passphrase = value;
  }
  public resetPassphrase() {
    this._passphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseInput() {
    return this._passphrase;
  }

  // passphrase_wo - computed: false, optional: true, required: false
  private _passphraseWo?: string; 
  public get passphraseWo() {
    return this.getStringAttribute('passphrase_wo');
  }
  public set passphraseWo(value: string) {
    this._passphraseWo = value;
  }
  public resetPassphraseWo() {
    this._passphraseWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseWoInput() {
    return this._passphraseWo;
  }

  // pbkdf2iters - computed: false, optional: true, required: false
  private _pbkdf2Iters?: number; 
  public get pbkdf2Iters() {
    return this.getNumberAttribute('pbkdf2iters');
  }
  public set pbkdf2Iters(value: number) {
    this._pbkdf2Iters = value;
  }
  public resetPbkdf2Iters() {
    this._pbkdf2Iters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pbkdf2ItersInput() {
    return this._pbkdf2Iters;
  }

  // quota - computed: true, optional: true, required: false
  private _quota?: number; 
  public get quota() {
    return this.getNumberAttribute('quota');
  }
  public set quota(value: number) {
    this._quota = value;
  }
  public resetQuota() {
    this._quota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quotaInput() {
    return this._quota;
  }

  // readonly - computed: true, optional: true, required: false
  private _readonly?: boolean | cdktf.IResolvable; 
  public get readonly() {
    return this.getBooleanAttribute('readonly');
  }
  public set readonly(value: boolean | cdktf.IResolvable) {
    this._readonly = value;
  }
  public resetReadonly() {
    this._readonly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readonlyInput() {
    return this._readonly;
  }

  // recordsize - computed: true, optional: true, required: false
  private _recordsize?: string; 
  public get recordsize() {
    return this.getStringAttribute('recordsize');
  }
  public set recordsize(value: string) {
    this._recordsize = value;
  }
  public resetRecordsize() {
    this._recordsize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recordsizeInput() {
    return this._recordsize;
  }

  // refquota - computed: true, optional: true, required: false
  private _refquota?: number; 
  public get refquota() {
    return this.getNumberAttribute('refquota');
  }
  public set refquota(value: number) {
    this._refquota = value;
  }
  public resetRefquota() {
    this._refquota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refquotaInput() {
    return this._refquota;
  }

  // refreservation - computed: true, optional: true, required: false
  private _refreservation?: number; 
  public get refreservation() {
    return this.getNumberAttribute('refreservation');
  }
  public set refreservation(value: number) {
    this._refreservation = value;
  }
  public resetRefreservation() {
    this._refreservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refreservationInput() {
    return this._refreservation;
  }

  // reservation - computed: true, optional: true, required: false
  private _reservation?: number; 
  public get reservation() {
    return this.getNumberAttribute('reservation');
  }
  public set reservation(value: number) {
    this._reservation = value;
  }
  public resetReservation() {
    this._reservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reservationInput() {
    return this._reservation;
  }

  // share_type - computed: false, optional: true, required: false
  private _shareType?: string; 
  public get shareType() {
    return this.getStringAttribute('share_type');
  }
  public set shareType(value: string) {
    this._shareType = value;
  }
  public resetShareType() {
    this._shareType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shareTypeInput() {
    return this._shareType;
  }

  // sync - computed: true, optional: true, required: false
  private _sync?: string; 
  public get sync() {
    return this.getStringAttribute('sync');
  }
  public set sync(value: string) {
    this._sync = value;
  }
  public resetSync() {
    this._sync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncInput() {
    return this._sync;
  }

  // used - computed: true, optional: false, required: false
  public get used() {
    return this.getNumberAttribute('used');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      atime: cdktf.booleanToTerraform(this._atime),
      comments: cdktf.stringToTerraform(this._comments),
      compression: cdktf.stringToTerraform(this._compression),
      deduplication: cdktf.stringToTerraform(this._deduplication),
      encryption: cdktf.booleanToTerraform(this._encryption),
      encryption_algorithm: cdktf.stringToTerraform(this._encryptionAlgorithm),
      encryption_wo_version: cdktf.numberToTerraform(this._encryptionWoVersion),
      exec: cdktf.booleanToTerraform(this._exec),
      generate_key: cdktf.booleanToTerraform(this._generateKey),
      inherit: cdktf.listMapper(cdktf.stringToTerraform, false)(this._inherit),
      key: cdktf.stringToTerraform(this._key),
      key_wo: cdktf.stringToTerraform(this._keyWo),
      name: cdktf.stringToTerraform(this._name),
      passphrase: cdktf.stringToTerraform(this._passphrase),
      passphrase_wo: cdktf.stringToTerraform(this._passphraseWo),
      pbkdf2iters: cdktf.numberToTerraform(this._pbkdf2Iters),
      quota: cdktf.numberToTerraform(this._quota),
      readonly: cdktf.booleanToTerraform(this._readonly),
      recordsize: cdktf.stringToTerraform(this._recordsize),
      refquota: cdktf.numberToTerraform(this._refquota),
      refreservation: cdktf.numberToTerraform(this._refreservation),
      reservation: cdktf.numberToTerraform(this._reservation),
      share_type: cdktf.stringToTerraform(this._shareType),
      sync: cdktf.stringToTerraform(this._sync),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      atime: {
        value: cdktf.booleanToHclTerraform(this._atime),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      comments: {
        value: cdktf.stringToHclTerraform(this._comments),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      compression: {
        value: cdktf.stringToHclTerraform(this._compression),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      deduplication: {
        value: cdktf.stringToHclTerraform(this._deduplication),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption: {
        value: cdktf.booleanToHclTerraform(this._encryption),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      encryption_algorithm: {
        value: cdktf.stringToHclTerraform(this._encryptionAlgorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encryption_wo_version: {
        value: cdktf.numberToHclTerraform(this._encryptionWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      exec: {
        value: cdktf.booleanToHclTerraform(this._exec),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      generate_key: {
        value: cdktf.booleanToHclTerraform(this._generateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      inherit: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._inherit),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_wo: {
        value: cdktf.stringToHclTerraform(this._keyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase: {
        value: cdktf.stringToHclTerraform(this._passphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase_wo: {
        value: cdktf.stringToHclTerraform(this._passphraseWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pbkdf2iters: {
        value: cdktf.numberToHclTerraform(this._pbkdf2Iters),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      quota: {
        value: cdktf.numberToHclTerraform(this._quota),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      readonly: {
        value: cdktf.booleanToHclTerraform(this._readonly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      recordsize: {
        value: cdktf.stringToHclTerraform(this._recordsize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      refquota: {
        value: cdktf.numberToHclTerraform(this._refquota),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      refreservation: {
        value: cdktf.numberToHclTerraform(this._refreservation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      reservation: {
        value: cdktf.numberToHclTerraform(this._reservation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      share_type: {
        value: cdktf.stringToHclTerraform(this._shareType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync: {
        value: cdktf.stringToHclTerraform(this._sync),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
