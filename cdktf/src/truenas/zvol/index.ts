// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ZvolConfig extends cdktf.TerraformMetaArguments {
  /**
  * Allow a smaller volsize: TrueNAS cannot shrink a zvol in place, so the zvol is destroyed and created anew, and its data is lost. Off by default: shrinking is refused (a warning at plan time, the error at apply, before any change).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#allow_shrink Zvol#allow_shrink}
  */
  readonly allowShrink?: boolean | cdktf.IResolvable;
  /**
  * Free-text comment stored with the zvol. Removing it from the configuration later keeps the current text and plans no change: set "" to clear it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#comments Zvol#comments}
  */
  readonly comments?: string;
  /**
  * Compression algorithm, such as "lz4" or "zstd"; inherited from the parent when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#compression Zvol#compression}
  */
  readonly compression?: string;
  /**
  * Deduplication: on, off or verify; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
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
  * Property attributes that inherit from the parent dataset (or take the ZFS default at the top): any of compression, sync, deduplication. Each one listed is put back to inheriting (TrueNAS "INHERIT") and may not be set in the configuration; its attribute reads the value it inherits. A listed property set on the dataset outside terraform is inherited again at the next apply. Removing a name from the list leaves the property as it is. After an import the state lists nothing; listing properties the dataset already inherits plans no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#inherit Zvol#inherit}
  */
  readonly inherit?: string[];
  /**
  * Full name of the zvol, such as "tank/vm/disk0". Its parent dataset must exist.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#name Zvol#name}
  */
  readonly name: string;
  /**
  * Whether the volume is read-only; inherited when unset at creation. For a zvol exported by a truenas_iscsi_extent leave it unset: the extent's ro decides and the server couples the two (setting one rewrites the other). Not offered in `inherit`: an extent sets it on the zvol. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#readonly Zvol#readonly}
  */
  readonly readonly?: boolean | cdktf.IResolvable;
  /**
  * Thin provisioning: reserve no space for the volume up front (false when unset at creation). Changing it replaces the zvol; removing it from the configuration keeps the zvol as it is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#sparse Zvol#sparse}
  */
  readonly sparse?: boolean | cdktf.IResolvable;
  /**
  * Synchronous write behaviour: standard, always or disabled; inherited when unset at creation. Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#sync Zvol#sync}
  */
  readonly sync?: string;
  /**
  * Block size of the volume, a power of two from 512 to 128K, such as "16K". Unset, the server picks 16K, or 128K on a dRAID pool (which takes no less than 32K); the value read back is kept.
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
export class Zvol extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_zvol";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Zvol resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Zvol to import
  * @param importFromId The id of the existing Zvol that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Zvol to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_zvol", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol truenas_zvol} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ZvolConfig
  */
  public constructor(scope: Construct, id: string, config: ZvolConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_zvol',
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
    this._allowShrink = config.allowShrink;
    this._comments = config.comments;
    this._compression = config.compression;
    this._deduplication = config.deduplication;
    this._forceSize = config.forceSize;
    this._inherit = config.inherit;
    this._name = config.name;
    this._readonly = config.readonly;
    this._sparse = config.sparse;
    this._sync = config.sync;
    this._volblocksize = config.volblocksize;
    this._volsize = config.volsize;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_shrink - computed: true, optional: true, required: false
  private _allowShrink?: boolean | cdktf.IResolvable; 
  public get allowShrink() {
    return this.getBooleanAttribute('allow_shrink');
  }
  public set allowShrink(value: boolean | cdktf.IResolvable) {
    this._allowShrink = value;
  }
  public resetAllowShrink() {
    this._allowShrink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowShrinkInput() {
    return this._allowShrink;
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

  // device_path - computed: true, optional: false, required: false
  public get devicePath() {
    return this.getStringAttribute('device_path');
  }

  // force_size - computed: true, optional: true, required: false
  private _forceSize?: boolean | cdktf.IResolvable; 
  public get forceSize() {
    return this.getBooleanAttribute('force_size');
  }
  public set forceSize(value: boolean | cdktf.IResolvable) {
    this._forceSize = value;
  }
  public resetForceSize() {
    this._forceSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceSizeInput() {
    return this._forceSize;
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

  // sparse - computed: true, optional: true, required: false
  private _sparse?: boolean | cdktf.IResolvable; 
  public get sparse() {
    return this.getBooleanAttribute('sparse');
  }
  public set sparse(value: boolean | cdktf.IResolvable) {
    this._sparse = value;
  }
  public resetSparse() {
    this._sparse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sparseInput() {
    return this._sparse;
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

  // volblocksize - computed: true, optional: true, required: false
  private _volblocksize?: string; 
  public get volblocksize() {
    return this.getStringAttribute('volblocksize');
  }
  public set volblocksize(value: string) {
    this._volblocksize = value;
  }
  public resetVolblocksize() {
    this._volblocksize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volblocksizeInput() {
    return this._volblocksize;
  }

  // volsize - computed: false, optional: false, required: true
  private _volsize?: number; 
  public get volsize() {
    return this.getNumberAttribute('volsize');
  }
  public set volsize(value: number) {
    this._volsize = value;
  }
  // Temporarily expose input value. Use with caution.
  public get volsizeInput() {
    return this._volsize;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_shrink: cdktf.booleanToTerraform(this._allowShrink),
      comments: cdktf.stringToTerraform(this._comments),
      compression: cdktf.stringToTerraform(this._compression),
      deduplication: cdktf.stringToTerraform(this._deduplication),
      force_size: cdktf.booleanToTerraform(this._forceSize),
      inherit: cdktf.listMapper(cdktf.stringToTerraform, false)(this._inherit),
      name: cdktf.stringToTerraform(this._name),
      readonly: cdktf.booleanToTerraform(this._readonly),
      sparse: cdktf.booleanToTerraform(this._sparse),
      sync: cdktf.stringToTerraform(this._sync),
      volblocksize: cdktf.stringToTerraform(this._volblocksize),
      volsize: cdktf.numberToTerraform(this._volsize),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_shrink: {
        value: cdktf.booleanToHclTerraform(this._allowShrink),
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
      force_size: {
        value: cdktf.booleanToHclTerraform(this._forceSize),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      readonly: {
        value: cdktf.booleanToHclTerraform(this._readonly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sparse: {
        value: cdktf.booleanToHclTerraform(this._sparse),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sync: {
        value: cdktf.stringToHclTerraform(this._sync),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      volblocksize: {
        value: cdktf.stringToHclTerraform(this._volblocksize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      volsize: {
        value: cdktf.numberToHclTerraform(this._volsize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
