// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AcmeAccountConfig extends cdktf.TerraformMetaArguments {
  /**
  * E-mail addresses the CA sends expiry notices to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#contact AcmeAccount#contact}
  */
  readonly contact: string[];
  /**
  * The CA's ACME directory URL (default Let's Encrypt; https://acme-staging-v02.api.letsencrypt.org/directory for its staging CA).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#directory AcmeAccount#directory}
  */
  readonly directory?: string;
  /**
  * External Account Binding HMAC key, with eab_kid. Sent at registration only and never read back, so a change registers a new account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#eab_hmac_key AcmeAccount#eab_hmac_key}
  */
  readonly eabHmacKey?: string;
  /**
  * The External Account Binding HMAC key, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when eab_hmac_key_wo_version changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#eab_hmac_key_wo AcmeAccount#eab_hmac_key_wo}
  */
  readonly eabHmacKeyWo?: string;
  /**
  * Change it to send eab_hmac_key_wo again; required with eab_hmac_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#eab_hmac_key_wo_version AcmeAccount#eab_hmac_key_wo_version}
  */
  readonly eabHmacKeyWoVersion?: number;
  /**
  * External Account Binding key id, for CAs that require one (ZeroSSL, Google, Sectigo). Sent at registration only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#eab_kid AcmeAccount#eab_kid}
  */
  readonly eabKid?: string;
  /**
  * Account name on the cluster ("default" is the one nodes use unless told otherwise).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#name AcmeAccount#name}
  */
  readonly name: string;
  /**
  * The CA's terms of service URL; setting it agrees to them (Let's Encrypt requires it). Kept as configured.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#tos_url AcmeAccount#tos_url}
  */
  readonly tosUrl?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account proxmox_acme_account}
*/
export class AcmeAccount extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_acme_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AcmeAccount resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AcmeAccount to import
  * @param importFromId The id of the existing AcmeAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AcmeAccount to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_acme_account", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_account proxmox_acme_account} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AcmeAccountConfig
  */
  public constructor(scope: Construct, id: string, config: AcmeAccountConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_acme_account',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
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
    this._contact = config.contact;
    this._directory = config.directory;
    this._eabHmacKey = config.eabHmacKey;
    this._eabHmacKeyWo = config.eabHmacKeyWo;
    this._eabHmacKeyWoVersion = config.eabHmacKeyWoVersion;
    this._eabKid = config.eabKid;
    this._name = config.name;
    this._tosUrl = config.tosUrl;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // contact - computed: false, optional: false, required: true
  private _contact?: string[]; 
  public get contact() {
    return cdktf.Fn.tolist(this.getListAttribute('contact'));
  }
  public set contact(value: string[]) {
    this._contact = value;
  }
  // Temporarily expose input value. Use with caution.
  public get contactInput() {
    return this._contact;
  }

  // directory - computed: true, optional: true, required: false
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  public resetDirectory() {
    this._directory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
  }

  // eab_hmac_key - computed: false, optional: true, required: false
  private _eabHmacKey?: string; 
  public get eabHmacKey() {
    return this.getStringAttribute('eab_hmac_key');
  }
  public set eabHmacKey(value: string) {
    this._eabHmacKey = value;
  }
  public resetEabHmacKey() {
    this._eabHmacKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eabHmacKeyInput() {
    return this._eabHmacKey;
  }

  // eab_hmac_key_wo - computed: false, optional: true, required: false
  private _eabHmacKeyWo?: string; 
  public get eabHmacKeyWo() {
    return this.getStringAttribute('eab_hmac_key_wo');
  }
  public set eabHmacKeyWo(value: string) {
    this._eabHmacKeyWo = value;
  }
  public resetEabHmacKeyWo() {
    this._eabHmacKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eabHmacKeyWoInput() {
    return this._eabHmacKeyWo;
  }

  // eab_hmac_key_wo_version - computed: false, optional: true, required: false
  private _eabHmacKeyWoVersion?: number; 
  public get eabHmacKeyWoVersion() {
    return this.getNumberAttribute('eab_hmac_key_wo_version');
  }
  public set eabHmacKeyWoVersion(value: number) {
    this._eabHmacKeyWoVersion = value;
  }
  public resetEabHmacKeyWoVersion() {
    this._eabHmacKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eabHmacKeyWoVersionInput() {
    return this._eabHmacKeyWoVersion;
  }

  // eab_kid - computed: false, optional: true, required: false
  private _eabKid?: string; 
  public get eabKid() {
    return this.getStringAttribute('eab_kid');
  }
  public set eabKid(value: string) {
    this._eabKid = value;
  }
  public resetEabKid() {
    this._eabKid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eabKidInput() {
    return this._eabKid;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // location - computed: true, optional: false, required: false
  public get location() {
    return this.getStringAttribute('location');
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

  // tos_url - computed: false, optional: true, required: false
  private _tosUrl?: string; 
  public get tosUrl() {
    return this.getStringAttribute('tos_url');
  }
  public set tosUrl(value: string) {
    this._tosUrl = value;
  }
  public resetTosUrl() {
    this._tosUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tosUrlInput() {
    return this._tosUrl;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      contact: cdktf.listMapper(cdktf.stringToTerraform, false)(this._contact),
      directory: cdktf.stringToTerraform(this._directory),
      eab_hmac_key: cdktf.stringToTerraform(this._eabHmacKey),
      eab_hmac_key_wo: cdktf.stringToTerraform(this._eabHmacKeyWo),
      eab_hmac_key_wo_version: cdktf.numberToTerraform(this._eabHmacKeyWoVersion),
      eab_kid: cdktf.stringToTerraform(this._eabKid),
      name: cdktf.stringToTerraform(this._name),
      tos_url: cdktf.stringToTerraform(this._tosUrl),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      contact: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._contact),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      directory: {
        value: cdktf.stringToHclTerraform(this._directory),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eab_hmac_key: {
        value: cdktf.stringToHclTerraform(this._eabHmacKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eab_hmac_key_wo: {
        value: cdktf.stringToHclTerraform(this._eabHmacKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eab_hmac_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._eabHmacKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      eab_kid: {
        value: cdktf.stringToHclTerraform(this._eabKid),
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
      tos_url: {
        value: cdktf.stringToHclTerraform(this._tosUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
