// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetGlobalConfig extends cdktf.TerraformMetaArguments {
  /**
  * Asymmetric Namespace Access (HA systems only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#ana NvmetGlobal#ana}
  */
  readonly ana?: boolean | cdktf.IResolvable;
  /**
  * NQN prefix of subsystems without their own subnqn; a fresh install generates `nqn.2011-06.com.truenas:uuid:<uuid>`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#basenqn NvmetGlobal#basenqn}
  */
  readonly basenqn?: string;
  /**
  * Serve with the kernel target (true) rather than SPDK (false). TrueNAS 25.10 refuses false ("Cannot disable kernel mode."), and 26.0 takes it only on an Enterprise system (`system.product_type`): both said at plan time. 26.0 also needs a CPU with AVX2 for SPDK and switches either way only while the nvmet service is stopped; those the server checks at apply.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#kernel NvmetGlobal#kernel}
  */
  readonly kernel?: boolean | cdktf.IResolvable;
  /**
  * Allow RDMA ports (needs an RDMA-capable NIC).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#rdma NvmetGlobal#rdma}
  */
  readonly rdma?: boolean | cdktf.IResolvable;
  /**
  * Refer hosts to the other ports of the same transport.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#xport_referral NvmetGlobal#xport_referral}
  */
  readonly xportReferral?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global truenas_nvmet_global}
*/
export class NvmetGlobal extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_global";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetGlobal resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetGlobal to import
  * @param importFromId The id of the existing NvmetGlobal that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetGlobal to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_global", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_global truenas_nvmet_global} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetGlobalConfig = {}
  */
  public constructor(scope: Construct, id: string, config: NvmetGlobalConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_global',
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
    this._ana = config.ana;
    this._basenqn = config.basenqn;
    this._kernel = config.kernel;
    this._rdma = config.rdma;
    this._xportReferral = config.xportReferral;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // ana - computed: true, optional: true, required: false
  private _ana?: boolean | cdktf.IResolvable; 
  public get ana() {
    return this.getBooleanAttribute('ana');
  }
  public set ana(value: boolean | cdktf.IResolvable) {
    this._ana = value;
  }
  public resetAna() {
    this._ana = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anaInput() {
    return this._ana;
  }

  // basenqn - computed: true, optional: true, required: false
  private _basenqn?: string; 
  public get basenqn() {
    return this.getStringAttribute('basenqn');
  }
  public set basenqn(value: string) {
    this._basenqn = value;
  }
  public resetBasenqn() {
    this._basenqn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get basenqnInput() {
    return this._basenqn;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kernel - computed: true, optional: true, required: false
  private _kernel?: boolean | cdktf.IResolvable; 
  public get kernel() {
    return this.getBooleanAttribute('kernel');
  }
  public set kernel(value: boolean | cdktf.IResolvable) {
    this._kernel = value;
  }
  public resetKernel() {
    this._kernel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kernelInput() {
    return this._kernel;
  }

  // rdma - computed: true, optional: true, required: false
  private _rdma?: boolean | cdktf.IResolvable; 
  public get rdma() {
    return this.getBooleanAttribute('rdma');
  }
  public set rdma(value: boolean | cdktf.IResolvable) {
    this._rdma = value;
  }
  public resetRdma() {
    this._rdma = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rdmaInput() {
    return this._rdma;
  }

  // xport_referral - computed: true, optional: true, required: false
  private _xportReferral?: boolean | cdktf.IResolvable; 
  public get xportReferral() {
    return this.getBooleanAttribute('xport_referral');
  }
  public set xportReferral(value: boolean | cdktf.IResolvable) {
    this._xportReferral = value;
  }
  public resetXportReferral() {
    this._xportReferral = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xportReferralInput() {
    return this._xportReferral;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ana: cdktf.booleanToTerraform(this._ana),
      basenqn: cdktf.stringToTerraform(this._basenqn),
      kernel: cdktf.booleanToTerraform(this._kernel),
      rdma: cdktf.booleanToTerraform(this._rdma),
      xport_referral: cdktf.booleanToTerraform(this._xportReferral),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ana: {
        value: cdktf.booleanToHclTerraform(this._ana),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      basenqn: {
        value: cdktf.stringToHclTerraform(this._basenqn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kernel: {
        value: cdktf.booleanToHclTerraform(this._kernel),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      rdma: {
        value: cdktf.booleanToHclTerraform(this._rdma),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      xport_referral: {
        value: cdktf.booleanToHclTerraform(this._xportReferral),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
