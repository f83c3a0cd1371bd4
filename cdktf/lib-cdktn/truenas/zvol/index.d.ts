import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface ZvolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Allow a smaller volsize: TrueNAS cannot shrink a zvol in place, so the zvol is destroyed and created anew, and its data is lost. Off by default: shrinking is refused (a warning at plan time, the error at apply, before any change).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#allow_shrink Zvol#allow_shrink}
    */
    readonly allowShrink?: boolean | cdktf.IResolvable;
    /**
    * Free-text comment stored with the zvol.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#comments Zvol#comments}
    */
    readonly comments?: string;
    /**
    * Compression algorithm, such as "lz4" or "zstd"; inherited from the parent when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#compression Zvol#compression}
    */
    readonly compression?: string;
    /**
    * Deduplication: on, off or verify; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#deduplication Zvol#deduplication}
    */
    readonly deduplication?: string;
    /**
    * Allow a volsize above 80% of the space available on the pool (the server refuses that otherwise).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#force_size Zvol#force_size}
    */
    readonly forceSize?: boolean | cdktf.IResolvable;
    /**
    * Full name of the zvol, such as "tank/vm/disk0". Its parent dataset must exist.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#name Zvol#name}
    */
    readonly name: string;
    /**
    * Whether the volume is read-only; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#readonly Zvol#readonly}
    */
    readonly readonly?: boolean | cdktf.IResolvable;
    /**
    * Thin provisioning: reserve no space for the volume up front.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#sparse Zvol#sparse}
    */
    readonly sparse?: boolean | cdktf.IResolvable;
    /**
    * Synchronous write behaviour: standard, always or disabled; inherited when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#sync Zvol#sync}
    */
    readonly sync?: string;
    /**
    * Block size of the volume, a power of two from 512 to 128K, such as "16K" (the server default).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#volblocksize Zvol#volblocksize}
    */
    readonly volblocksize?: string;
    /**
    * Size in bytes (write provider::truenas::parse_size("32G") for readable sizes); a multiple of volblocksize. Growing it resizes in place; shrinking is refused unless allow_shrink is set.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#volsize Zvol#volsize}
    */
    readonly volsize: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol truenas_zvol}
*/
export declare class Zvol extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_zvol";
    /**
    * Generates CDKTF code for importing a Zvol resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Zvol to import
    * @param importFromId The id of the existing Zvol that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Zvol to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol truenas_zvol} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ZvolConfig
    */
    constructor(scope: Construct, id: string, config: ZvolConfig);
    private _allowShrink?;
    get allowShrink(): boolean | cdktf.IResolvable;
    set allowShrink(value: boolean | cdktf.IResolvable);
    resetAllowShrink(): void;
    get allowShrinkInput(): boolean | cdktf.IResolvable | undefined;
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
    get devicePath(): string;
    private _forceSize?;
    get forceSize(): boolean | cdktf.IResolvable;
    set forceSize(value: boolean | cdktf.IResolvable);
    resetForceSize(): void;
    get forceSizeInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _readonly?;
    get readonly(): boolean | cdktf.IResolvable;
    set readonly(value: boolean | cdktf.IResolvable);
    resetReadonly(): void;
    get readonlyInput(): boolean | cdktf.IResolvable | undefined;
    private _sparse?;
    get sparse(): boolean | cdktf.IResolvable;
    set sparse(value: boolean | cdktf.IResolvable);
    resetSparse(): void;
    get sparseInput(): boolean | cdktf.IResolvable | undefined;
    private _sync?;
    get sync(): string;
    set sync(value: string);
    resetSync(): void;
    get syncInput(): string | undefined;
    get used(): number;
    private _volblocksize?;
    get volblocksize(): string;
    set volblocksize(value: string);
    resetVolblocksize(): void;
    get volblocksizeInput(): string | undefined;
    private _volsize?;
    get volsize(): number;
    set volsize(value: number);
    get volsizeInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
