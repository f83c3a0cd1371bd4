// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CloudsyncCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * Name of the credential (unique).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#name CloudsyncCredential#name}
  */
  readonly name: string;
  /**
  * The cloud provider: one of AZUREBLOB, B2, BOX, DROPBOX, FTP, GOOGLE_CLOUD_STORAGE, GOOGLE_DRIVE, GOOGLE_PHOTOS, HTTP, HUBIC, MEGA, ONEDRIVE, PCLOUD, S3, SFTP, STORJ_IX, OPENSTACK_SWIFT, WEBDAV, YANDEX (MEGA needs TrueNAS 25.10 or later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#provider_type CloudsyncCredential#provider_type}
  */
  readonly providerType: string;
  /**
  * The provider's secret fields, e.g. `{ secret_access_key = "…" }` for S3, `{ key = "…" }` for B2 and Azure, `{ pass = "…" }` for FTP, SFTP, WebDAV and MEGA, `{ token = "…" }` for OAuth providers, `{ service_account_credentials = "…" }` for Google Cloud Storage. Kept in state (sensitive); use `secrets_wo` to keep them out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#secrets CloudsyncCredential#secrets}
  */
  readonly secrets?: { [key: string]: string };
  /**
  * The secret fields, write-only: sent to TrueNAS on create and when `secrets_wo_version` changes, never stored in the plan or state (Terraform 1.11+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#secrets_wo CloudsyncCredential#secrets_wo}
  */
  readonly secretsWo?: { [key: string]: string };
  /**
  * Required with `secrets_wo`; change it to send `secrets_wo` again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#secrets_wo_version CloudsyncCredential#secrets_wo_version}
  */
  readonly secretsWoVersion?: number;
  /**
  * The provider's non-secret fields as strings, e.g. `{ endpoint = "https://s3.example.net", region = "eu-1" }` for S3, `{ account = "…" }` for B2, `{ host = "…", user = "…", port = "22" }` for SFTP. Numbers and booleans are written as strings ("22", "true"); fields left out take the server's defaults. S3-compatible servers (MinIO, Ceph RGW) on TrueNAS 26.0 and later: `force_path_style` (path-style addressing, default "true"), `sign_accept_encoding` (default "true") and `provider` (rclone's S3 provider name, default "Other"); older releases do not have them and the plan fails naming the key. TrueNAS 25.10 and later take an S3 `endpoint` only as a URL ("https://…"); one saved as a bare host name on 25.04 is kept by the upgrade and plans nothing until the credential changes, when the plan fails naming it: write it as a URL then.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#settings CloudsyncCredential#settings}
  */
  readonly settings?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential truenas_cloudsync_credential}
*/
export class CloudsyncCredential extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_cloudsync_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CloudsyncCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CloudsyncCredential to import
  * @param importFromId The id of the existing CloudsyncCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CloudsyncCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_cloudsync_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cloudsync_credential truenas_cloudsync_credential} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CloudsyncCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: CloudsyncCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_cloudsync_credential',
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
    this._name = config.name;
    this._providerType = config.providerType;
    this._secrets = config.secrets;
    this._secretsWo = config.secretsWo;
    this._secretsWoVersion = config.secretsWoVersion;
    this._settings = config.settings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // provider_type - computed: false, optional: false, required: true
  private _providerType?: string; 
  public get providerType() {
    return this.getStringAttribute('provider_type');
  }
  public set providerType(value: string) {
    this._providerType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get providerTypeInput() {
    return this._providerType;
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
      name: cdktf.stringToTerraform(this._name),
      provider_type: cdktf.stringToTerraform(this._providerType),
      secrets: cdktf.hashMapper(cdktf.stringToTerraform)(this._secrets),
      secrets_wo: cdktf.hashMapper(cdktf.stringToTerraform)(this._secretsWo),
      secrets_wo_version: cdktf.numberToTerraform(this._secretsWoVersion),
      settings: cdktf.hashMapper(cdktf.stringToTerraform)(this._settings),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      provider_type: {
        value: cdktf.stringToHclTerraform(this._providerType),
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
