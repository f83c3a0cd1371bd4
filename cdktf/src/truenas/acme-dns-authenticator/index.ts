// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AcmeDnsAuthenticatorConfig extends cdktf.TerraformMetaArguments {
  /**
  * The DNS provider: cloudflare, digitalocean, OVH, route53, shell. Changing it replaces the authenticator (TrueNAS: "Authenticator cannot be changed").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#authenticator AcmeDnsAuthenticator#authenticator}
  */
  readonly authenticator: string;
  /**
  * Name (unique).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#name AcmeDnsAuthenticator#name}
  */
  readonly name: string;
  /**
  * The credentials: cloudflare `api_token` (or `api_key` with settings.cloudflare_email), digitalocean `digitalocean_token`, OVH `application_secret` and `consumer_key`, route53 `secret_access_key`. Kept in state (sensitive); use `secrets_wo` to keep them out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#secrets AcmeDnsAuthenticator#secrets}
  */
  readonly secrets?: { [key: string]: string };
  /**
  * The credentials, write-only: sent on create and when `secrets_wo_version` changes, never stored in the plan or state (Terraform 1.11+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#secrets_wo AcmeDnsAuthenticator#secrets_wo}
  */
  readonly secretsWo?: { [key: string]: string };
  /**
  * Required with `secrets_wo`; change it to send `secrets_wo` again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#secrets_wo_version AcmeDnsAuthenticator#secrets_wo_version}
  */
  readonly secretsWoVersion?: number;
  /**
  * The non-secret fields as strings: cloudflare `cloudflare_email` (with an api_key); OVH `application_key`, `endpoint` ("ovh-eu"…); route53 `access_key_id`; shell `script` (a file on the NAS), `user` ("nobody"), `timeout` ("60", at least 5) and `delay` ("60", at least 10). Fields left out take the server's defaults.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#settings AcmeDnsAuthenticator#settings}
  */
  readonly settings?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator truenas_acme_dns_authenticator}
*/
export class AcmeDnsAuthenticator extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_acme_dns_authenticator";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AcmeDnsAuthenticator resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AcmeDnsAuthenticator to import
  * @param importFromId The id of the existing AcmeDnsAuthenticator that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AcmeDnsAuthenticator to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_acme_dns_authenticator", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acme_dns_authenticator truenas_acme_dns_authenticator} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AcmeDnsAuthenticatorConfig
  */
  public constructor(scope: Construct, id: string, config: AcmeDnsAuthenticatorConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_acme_dns_authenticator',
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
    this._authenticator = config.authenticator;
    this._name = config.name;
    this._secrets = config.secrets;
    this._secretsWo = config.secretsWo;
    this._secretsWoVersion = config.secretsWoVersion;
    this._settings = config.settings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // authenticator - computed: false, optional: false, required: true
  private _authenticator?: string; 
  public get authenticator() {
    return this.getStringAttribute('authenticator');
  }
  public set authenticator(value: string) {
    this._authenticator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticatorInput() {
    return this._authenticator;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
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

  // secrets - computed: false, optional: true, required: false
  private _secrets?: { [key: string]: string }; 
  public get secrets() {
    return this.getStringMapAttribute('secrets');
  }
  public set secrets(value: { [key: string]: string }) {
    this._secrets = value;
  }
  public resetSecrets() {
    this._secrets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsInput() {
    return this._secrets;
  }

  // secrets_wo - computed: false, optional: true, required: false
  private _secretsWo?: { [key: string]: string }; 
  public get secretsWo() {
    return this.getStringMapAttribute('secrets_wo');
  }
  public set secretsWo(value: { [key: string]: string }) {
    this._secretsWo = value;
  }
  public resetSecretsWo() {
    this._secretsWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoInput() {
    return this._secretsWo;
  }

  // secrets_wo_version - computed: false, optional: true, required: false
  private _secretsWoVersion?: number; 
  public get secretsWoVersion() {
    return this.getNumberAttribute('secrets_wo_version');
  }
  public set secretsWoVersion(value: number) {
    this._secretsWoVersion = value;
  }
  public resetSecretsWoVersion() {
    this._secretsWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoVersionInput() {
    return this._secretsWoVersion;
  }

  // settings - computed: true, optional: true, required: false
  private _settings?: { [key: string]: string }; 
  public get settings() {
    return this.getStringMapAttribute('settings');
  }
  public set settings(value: { [key: string]: string }) {
    this._settings = value;
  }
  public resetSettings() {
    this._settings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      authenticator: cdktf.stringToTerraform(this._authenticator),
      name: cdktf.stringToTerraform(this._name),
      secrets: cdktf.hashMapper(cdktf.stringToTerraform)(this._secrets),
      secrets_wo: cdktf.hashMapper(cdktf.stringToTerraform)(this._secretsWo),
      secrets_wo_version: cdktf.numberToTerraform(this._secretsWoVersion),
      settings: cdktf.hashMapper(cdktf.stringToTerraform)(this._settings),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      authenticator: {
        value: cdktf.stringToHclTerraform(this._authenticator),
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
      secrets: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._secrets),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      secrets_wo: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._secretsWo),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      secrets_wo_version: {
        value: cdktf.numberToHclTerraform(this._secretsWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      settings: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._settings),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
