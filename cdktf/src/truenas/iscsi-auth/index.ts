// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IscsiAuthConfig extends cdktf.TerraformMetaArguments {
  /**
  * Authentication for discovery sessions: NONE, CHAP or CHAP_MUTUAL (one credential at most, with a peer user). TrueNAS 25.04 and 25.10 refuse any update of the credential holding CHAP_MUTUAL (they count it against itself; fixed in 26.0): there, set NONE in one apply and CHAP_MUTUAL again in the next.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#discovery_auth IscsiAuth#discovery_auth}
  */
  readonly discoveryAuth?: string;
  /**
  * Secret the target presents back for mutual CHAP, 12 to 16 characters; empty for one-way CHAP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peersecret IscsiAuth#peersecret}
  */
  readonly peersecret?: string;
  /**
  * Mutual CHAP secret, write-only: sent to TrueNAS but never stored; peersecret then stays empty in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peersecret_wo IscsiAuth#peersecret_wo}
  */
  readonly peersecretWo?: string;
  /**
  * Required with peersecret_wo; change it to send a new peersecret_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peersecret_wo_version IscsiAuth#peersecret_wo_version}
  */
  readonly peersecretWoVersion?: number;
  /**
  * User name the target presents back for mutual CHAP; empty for one-way CHAP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peeruser IscsiAuth#peeruser}
  */
  readonly peeruser?: string;
  /**
  * CHAP secret the initiator presents, 12 to 16 characters. Give it here or, kept out of state, as secret_wo (one of them is needed to create the credential). Unset on an existing credential (an imported one), the secret stays as it is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#secret IscsiAuth#secret}
  */
  readonly secret?: string;
  /**
  * CHAP secret, write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#secret_wo IscsiAuth#secret_wo}
  */
  readonly secretWo?: string;
  /**
  * Required with secret_wo; change it to send a new secret_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#secret_wo_version IscsiAuth#secret_wo_version}
  */
  readonly secretWoVersion?: number;
  /**
  * Group tag that targets use to refer to these credentials; several credentials may share a tag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#tag IscsiAuth#tag}
  */
  readonly tag: number;
  /**
  * CHAP user name the initiator presents.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#user IscsiAuth#user}
  */
  readonly user: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth}
*/
export class IscsiAuth extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_iscsi_auth";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IscsiAuth resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IscsiAuth to import
  * @param importFromId The id of the existing IscsiAuth that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IscsiAuth to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_auth", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IscsiAuthConfig
  */
  public constructor(scope: Construct, id: string, config: IscsiAuthConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_iscsi_auth',
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
    this._discoveryAuth = config.discoveryAuth;
    this._peersecret = config.peersecret;
    this._peersecretWo = config.peersecretWo;
    this._peersecretWoVersion = config.peersecretWoVersion;
    this._peeruser = config.peeruser;
    this._secret = config.secret;
    this._secretWo = config.secretWo;
    this._secretWoVersion = config.secretWoVersion;
    this._tag = config.tag;
    this._user = config.user;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // discovery_auth - computed: true, optional: true, required: false
  private _discoveryAuth?: string; 
  public get discoveryAuth() {
    return this.getStringAttribute('discovery_auth');
  }
  public set discoveryAuth(value: string) {
    this._discoveryAuth = value;
  }
  public resetDiscoveryAuth() {
    this._discoveryAuth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discoveryAuthInput() {
    return this._discoveryAuth;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // peersecret - computed: true, optional: true, required: false
  private _peersecret?: string; 
  public get peersecret() {
    return this.getStringAttribute('peersecret');
  }
  public set peersecret(value: string) {
    this._peersecret = value;
  }
  public resetPeersecret() {
    this._peersecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peersecretInput() {
    return this._peersecret;
  }

  // peersecret_wo - computed: false, optional: true, required: false
  private _peersecretWo?: string; 
  public get peersecretWo() {
    return this.getStringAttribute('peersecret_wo');
  }
  public set peersecretWo(value: string) {
    this._peersecretWo = value;
  }
  public resetPeersecretWo() {
    this._peersecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peersecretWoInput() {
    return this._peersecretWo;
  }

  // peersecret_wo_version - computed: false, optional: true, required: false
  private _peersecretWoVersion?: number; 
  public get peersecretWoVersion() {
    return this.getNumberAttribute('peersecret_wo_version');
  }
  public set peersecretWoVersion(value: number) {
    this._peersecretWoVersion = value;
  }
  public resetPeersecretWoVersion() {
    this._peersecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peersecretWoVersionInput() {
    return this._peersecretWoVersion;
  }

  // peeruser - computed: true, optional: true, required: false
  private _peeruser?: string; 
  public get peeruser() {
    return this.getStringAttribute('peeruser');
  }
  public set peeruser(value: string) {
    this._peeruser = value;
  }
  public resetPeeruser() {
    this._peeruser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peeruserInput() {
    return this._peeruser;
  }

  // secret - computed: true, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
  }

  // secret_wo - computed: false, optional: true, required: false
  private _secretWo?: string; 
  public get secretWo() {
    return this.getStringAttribute('secret_wo');
  }
  public set secretWo(value: string) {
    this._secretWo = value;
  }
  public resetSecretWo() {
    this._secretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoInput() {
    return this._secretWo;
  }

  // secret_wo_version - computed: false, optional: true, required: false
  private _secretWoVersion?: number; 
  public get secretWoVersion() {
    return this.getNumberAttribute('secret_wo_version');
  }
  public set secretWoVersion(value: number) {
    this._secretWoVersion = value;
  }
  public resetSecretWoVersion() {
    this._secretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoVersionInput() {
    return this._secretWoVersion;
  }

  // tag - computed: false, optional: false, required: true
  private _tag?: number; 
  public get tag() {
    return this.getNumberAttribute('tag');
  }
  public set tag(value: number) {
    this._tag = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }

  // user - computed: false, optional: false, required: true
  private _user?: string; 
  public get user() {
    return this.getStringAttribute('user');
  }
  public set user(value: string) {
    this._user = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      discovery_auth: cdktf.stringToTerraform(this._discoveryAuth),
      peersecret: cdktf.stringToTerraform(this._peersecret),
      peersecret_wo: cdktf.stringToTerraform(this._peersecretWo),
      peersecret_wo_version: cdktf.numberToTerraform(this._peersecretWoVersion),
      peeruser: cdktf.stringToTerraform(this._peeruser),
      secret: cdktf.stringToTerraform(this._secret),
      secret_wo: cdktf.stringToTerraform(this._secretWo),
      secret_wo_version: cdktf.numberToTerraform(this._secretWoVersion),
      tag: cdktf.numberToTerraform(this._tag),
      user: cdktf.stringToTerraform(this._user),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      discovery_auth: {
        value: cdktf.stringToHclTerraform(this._discoveryAuth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peersecret: {
        value: cdktf.stringToHclTerraform(this._peersecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peersecret_wo: {
        value: cdktf.stringToHclTerraform(this._peersecretWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peersecret_wo_version: {
        value: cdktf.numberToHclTerraform(this._peersecretWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      peeruser: {
        value: cdktf.stringToHclTerraform(this._peeruser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret: {
        value: cdktf.stringToHclTerraform(this._secret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_wo: {
        value: cdktf.stringToHclTerraform(this._secretWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_wo_version: {
        value: cdktf.numberToHclTerraform(this._secretWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tag: {
        value: cdktf.numberToHclTerraform(this._tag),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
