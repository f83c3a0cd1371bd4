import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DatasetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Whether reads update access times; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#atime Dataset#atime}
    */
    readonly atime?: boolean | cdktf.IResolvable;
    /**
    * Free-text comment stored with the dataset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#comments Dataset#comments}
    */
    readonly comments?: string;
    /**
    * Compression algorithm, such as "lz4" or "zstd"; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#compression Dataset#compression}
    */
    readonly compression?: string;
    /**
    * Deduplication: on, off or verify; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#deduplication Dataset#deduplication}
    */
    readonly deduplication?: string;
    /**
    * Whether programs on the dataset may be executed; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#exec Dataset#exec}
    */
    readonly exec?: boolean | cdktf.IResolvable;
    /**
    * Full name, such as "tank/media". Its parent must exist.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#name Dataset#name}
    */
    readonly name: string;
    /**
    * Limit in bytes on the space the dataset and its children use; 0 for none (at least 1 GiB otherwise).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#quota Dataset#quota}
    */
    readonly quota?: number;
    /**
    * Whether the dataset is read-only; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#readonly Dataset#readonly}
    */
    readonly readonly?: boolean | cdktf.IResolvable;
    /**
    * Largest block size for files, a power of two from 512 to 16M such as "128K" or "1M"; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#recordsize Dataset#recordsize}
    */
    readonly recordsize?: string;
    /**
    * Limit in bytes on the space the dataset itself uses, excluding children and snapshots; 0 for none (at least 1 GiB otherwise).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#refquota Dataset#refquota}
    */
    readonly refquota?: number;
    /**
    * Bytes guaranteed to the dataset itself; 0 for none.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#refreservation Dataset#refreservation}
    */
    readonly refreservation?: number;
    /**
    * Bytes guaranteed to the dataset and its children; 0 for none.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#reservation Dataset#reservation}
    */
    readonly reservation?: number;
    /**
    * Preset of ACL and case-sensitivity settings for the intended sharing: GENERIC, MULTIPROTOCOL, NFS, SMB or APPS. Set at creation only.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#share_type Dataset#share_type}
    */
    readonly shareType?: string;
    /**
    * Synchronous write behaviour: standard, always or disabled; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#sync Dataset#sync}
    */
    readonly sync?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset}
*/
export declare class Dataset extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_dataset";
    /**
    * Generates CDKTF code for importing a Dataset resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Dataset to import
    * @param importFromId The id of the existing Dataset that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Dataset to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DatasetConfig
    */
    constructor(scope: Construct, id: string, config: DatasetConfig);
    private _atime?;
    get atime(): boolean | cdktf.IResolvable;
    set atime(value: boolean | cdktf.IResolvable);
    resetAtime(): void;
    get atimeInput(): boolean | cdktf.IResolvable | undefined;
    get available(): number;
    private _comments?;
    get comments(): string;
    set comments(value: string);
    resetComments(): void;
    get commentsInput(): string | undefined;
    private _compression?;
    get compression(): string;
    set compression(value: string);
    resetCompression(): void;
    get compressionInput(): string | undefined;
    private _deduplication?;
    get deduplication(): string;
    set deduplication(value: string);
    resetDeduplication(): void;
    get deduplicationInput(): string | undefined;
    private _exec?;
    get exec(): boolean | cdktf.IResolvable;
    set exec(value: boolean | cdktf.IResolvable);
    resetExec(): void;
    get execInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    get mountpoint(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _quota?;
    get quota(): number;
    set quota(value: number);
    resetQuota(): void;
    get quotaInput(): number | undefined;
    private _readonly?;
    get readonly(): boolean | cdktf.IResolvable;
    set readonly(value: boolean | cdktf.IResolvable);
    resetReadonly(): void;
    get readonlyInput(): boolean | cdktf.IResolvable | undefined;
    private _recordsize?;
    get recordsize(): string;
    set recordsize(value: string);
    resetRecordsize(): void;
    get recordsizeInput(): string | undefined;
    private _refquota?;
    get refquota(): number;
    set refquota(value: number);
    resetRefquota(): void;
    get refquotaInput(): number | undefined;
    private _refreservation?;
    get refreservation(): number;
    set refreservation(value: number);
    resetRefreservation(): void;
    get refreservationInput(): number | undefined;
    private _reservation?;
    get reservation(): number;
    set reservation(value: number);
    resetReservation(): void;
    get reservationInput(): number | undefined;
    private _shareType?;
    get shareType(): string;
    set shareType(value: string);
    resetShareType(): void;
    get shareTypeInput(): string | undefined;
    private _sync?;
    get sync(): string;
    set sync(value: string);
    resetSync(): void;
    get syncInput(): string | undefined;
    get used(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
