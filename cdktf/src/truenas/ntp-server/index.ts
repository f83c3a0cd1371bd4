// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NtpServerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Host name or IP address of the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#address NtpServer#address}
  */
  readonly address: string;
  /**
  * Send a burst of eight packets instead of one while the server is reachable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#burst NtpServer#burst}
  */
  readonly burst?: boolean | cdktf.IResolvable;
  /**
  * Add the server even though it cannot be reached now. Sent with create and update, not stored by the server (so not imported).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#force NtpServer#force}
  */
  readonly force?: boolean | cdktf.IResolvable;
  /**
  * Send a burst at start for a faster first synchronisation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#iburst NtpServer#iburst}
  */
  readonly iburst?: boolean | cdktf.IResolvable;
  /**
  * Maximum polling interval as a power of two seconds (10 means 1024 s).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#maxpoll NtpServer#maxpoll}
  */
  readonly maxpoll?: number;
  /**
  * Minimum polling interval as a power of two seconds (6 means 64 s).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#minpoll NtpServer#minpoll}
  */
  readonly minpoll?: number;
  /**
  * Prefer this server when all else is equal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#prefer NtpServer#prefer}
  */
  readonly prefer?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server truenas_ntp_server}
*/
export class NtpServer extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_ntp_server";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NtpServer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NtpServer to import
  * @param importFromId The id of the existing NtpServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NtpServer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_ntp_server", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ntp_server truenas_ntp_server} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NtpServerConfig
  */
  public constructor(scope: Construct, id: string, config: NtpServerConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_ntp_server',
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
    this._address = config.address;
    this._burst = config.burst;
    this._force = config.force;
    this._iburst = config.iburst;
    this._maxpoll = config.maxpoll;
    this._minpoll = config.minpoll;
    this._prefer = config.prefer;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address - computed: false, optional: false, required: true
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // burst - computed: true, optional: true, required: false
  private _burst?: boolean | cdktf.IResolvable; 
  public get burst() {
    return this.getBooleanAttribute('burst');
  }
  public set burst(value: boolean | cdktf.IResolvable) {
    this._burst = value;
  }
  public resetBurst() {
    this._burst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get burstInput() {
    return this._burst;
  }

  // force - computed: false, optional: true, required: false
  private _force?: boolean | cdktf.IResolvable; 
  public get force() {
    return this.getBooleanAttribute('force');
  }
  public set force(value: boolean | cdktf.IResolvable) {
    this._force = value;
  }
  public resetForce() {
    this._force = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceInput() {
    return this._force;
  }

  // iburst - computed: true, optional: true, required: false
  private _iburst?: boolean | cdktf.IResolvable; 
  public get iburst() {
    return this.getBooleanAttribute('iburst');
  }
  public set iburst(value: boolean | cdktf.IResolvable) {
    this._iburst = value;
  }
  public resetIburst() {
    this._iburst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iburstInput() {
    return this._iburst;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // maxpoll - computed: true, optional: true, required: false
  private _maxpoll?: number; 
  public get maxpoll() {
    return this.getNumberAttribute('maxpoll');
  }
  public set maxpoll(value: number) {
    this._maxpoll = value;
  }
  public resetMaxpoll() {
    this._maxpoll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxpollInput() {
    return this._maxpoll;
  }

  // minpoll - computed: true, optional: true, required: false
  private _minpoll?: number; 
  public get minpoll() {
    return this.getNumberAttribute('minpoll');
  }
  public set minpoll(value: number) {
    this._minpoll = value;
  }
  public resetMinpoll() {
    this._minpoll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minpollInput() {
    return this._minpoll;
  }

  // prefer - computed: true, optional: true, required: false
  private _prefer?: boolean | cdktf.IResolvable; 
  public get prefer() {
    return this.getBooleanAttribute('prefer');
  }
  public set prefer(value: boolean | cdktf.IResolvable) {
    this._prefer = value;
  }
  public resetPrefer() {
    this._prefer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferInput() {
    return this._prefer;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      address: cdktf.stringToTerraform(this._address),
      burst: cdktf.booleanToTerraform(this._burst),
      force: cdktf.booleanToTerraform(this._force),
      iburst: cdktf.booleanToTerraform(this._iburst),
      maxpoll: cdktf.numberToTerraform(this._maxpoll),
      minpoll: cdktf.numberToTerraform(this._minpoll),
      prefer: cdktf.booleanToTerraform(this._prefer),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address: {
        value: cdktf.stringToHclTerraform(this._address),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      burst: {
        value: cdktf.booleanToHclTerraform(this._burst),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force: {
        value: cdktf.booleanToHclTerraform(this._force),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      iburst: {
        value: cdktf.booleanToHclTerraform(this._iburst),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      maxpoll: {
        value: cdktf.numberToHclTerraform(this._maxpoll),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      minpoll: {
        value: cdktf.numberToHclTerraform(this._minpoll),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      prefer: {
        value: cdktf.booleanToHclTerraform(this._prefer),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
