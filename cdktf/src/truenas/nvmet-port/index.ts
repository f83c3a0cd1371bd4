// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetPortConfig extends cdktf.TerraformMetaArguments {
  /**
  * IPv4 or IPv6 address to listen on (one the system has, or 0.0.0.0 / ::).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#addr_traddr NvmetPort#addr_traddr}
  */
  readonly addrTraddr: string;
  /**
  * TCP port (1024-65535, default 4420).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#addr_trsvcid NvmetPort#addr_trsvcid}
  */
  readonly addrTrsvcid?: number;
  /**
  * Transport: TCP, or RDMA (needs an RDMA-capable NIC and `truenas_nvmet_global.rdma`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#addr_trtype NvmetPort#addr_trtype}
  */
  readonly addrTrtype: string;
  /**
  * Listen on this port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#enabled NvmetPort#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Inline data size in bytes; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#inline_data_size NvmetPort#inline_data_size}
  */
  readonly inlineDataSize?: number;
  /**
  * Largest queue size; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#max_queue_size NvmetPort#max_queue_size}
  */
  readonly maxQueueSize?: number;
  /**
  * Protection information; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#pi_enable NvmetPort#pi_enable}
  */
  readonly piEnable?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port truenas_nvmet_port}
*/
export class NvmetPort extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_port";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetPort resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetPort to import
  * @param importFromId The id of the existing NvmetPort that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetPort to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_port", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port truenas_nvmet_port} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetPortConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetPortConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_port',
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
    this._addrTraddr = config.addrTraddr;
    this._addrTrsvcid = config.addrTrsvcid;
    this._addrTrtype = config.addrTrtype;
    this._enabled = config.enabled;
    this._inlineDataSize = config.inlineDataSize;
    this._maxQueueSize = config.maxQueueSize;
    this._piEnable = config.piEnable;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // addr_adrfam - computed: true, optional: false, required: false
  public get addrAdrfam() {
    return this.getStringAttribute('addr_adrfam');
  }

  // addr_traddr - computed: false, optional: false, required: true
  private _addrTraddr?: string; 
  public get addrTraddr() {
    return this.getStringAttribute('addr_traddr');
  }
  public set addrTraddr(value: string) {
    this._addrTraddr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addrTraddrInput() {
    return this._addrTraddr;
  }

  // addr_trsvcid - computed: true, optional: true, required: false
  private _addrTrsvcid?: number; 
  public get addrTrsvcid() {
    return this.getNumberAttribute('addr_trsvcid');
  }
  public set addrTrsvcid(value: number) {
    this._addrTrsvcid = value;
  }
  public resetAddrTrsvcid() {
    this._addrTrsvcid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addrTrsvcidInput() {
    return this._addrTrsvcid;
  }

  // addr_trtype - computed: false, optional: false, required: true
  private _addrTrtype?: string; 
  public get addrTrtype() {
    return this.getStringAttribute('addr_trtype');
  }
  public set addrTrtype(value: string) {
    this._addrTrtype = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addrTrtypeInput() {
    return this._addrTrtype;
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
    return this.getNumberAttribute('id');
  }

  // inline_data_size - computed: false, optional: true, required: false
  private _inlineDataSize?: number; 
  public get inlineDataSize() {
    return this.getNumberAttribute('inline_data_size');
  }
  public set inlineDataSize(value: number) {
    this._inlineDataSize = value;
  }
  public resetInlineDataSize() {
    this._inlineDataSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inlineDataSizeInput() {
    return this._inlineDataSize;
  }

  // max_queue_size - computed: false, optional: true, required: false
  private _maxQueueSize?: number; 
  public get maxQueueSize() {
    return this.getNumberAttribute('max_queue_size');
  }
  public set maxQueueSize(value: number) {
    this._maxQueueSize = value;
  }
  public resetMaxQueueSize() {
    this._maxQueueSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxQueueSizeInput() {
    return this._maxQueueSize;
  }

  // pi_enable - computed: false, optional: true, required: false
  private _piEnable?: boolean | cdktf.IResolvable; 
  public get piEnable() {
    return this.getBooleanAttribute('pi_enable');
  }
  public set piEnable(value: boolean | cdktf.IResolvable) {
    this._piEnable = value;
  }
  public resetPiEnable() {
    this._piEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get piEnableInput() {
    return this._piEnable;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      addr_traddr: cdktf.stringToTerraform(this._addrTraddr),
      addr_trsvcid: cdktf.numberToTerraform(this._addrTrsvcid),
      addr_trtype: cdktf.stringToTerraform(this._addrTrtype),
      enabled: cdktf.booleanToTerraform(this._enabled),
      inline_data_size: cdktf.numberToTerraform(this._inlineDataSize),
      max_queue_size: cdktf.numberToTerraform(this._maxQueueSize),
      pi_enable: cdktf.booleanToTerraform(this._piEnable),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      addr_traddr: {
        value: cdktf.stringToHclTerraform(this._addrTraddr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      addr_trsvcid: {
        value: cdktf.numberToHclTerraform(this._addrTrsvcid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      addr_trtype: {
        value: cdktf.stringToHclTerraform(this._addrTrtype),
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
      inline_data_size: {
        value: cdktf.numberToHclTerraform(this._inlineDataSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_queue_size: {
        value: cdktf.numberToHclTerraform(this._maxQueueSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      pi_enable: {
        value: cdktf.booleanToHclTerraform(this._piEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
