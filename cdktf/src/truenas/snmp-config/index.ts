// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SnmpConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * v1/v2c community (required unless v3): letters, digits, spaces and `!$%&()+-_={}[]<>,.?` (TrueNAS 25.04: letters, digits, spaces, "-" and "_" only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#community SnmpConfig#community}
  */
  readonly community?: string;
  /**
  * Who to contact: an email address, or letters, digits, spaces, "-" and "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#contact SnmpConfig#contact}
  */
  readonly contact?: string;
  /**
  * Where the system is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#location SnmpConfig#location}
  */
  readonly location?: string;
  /**
  * Log level, 0 to 7.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#loglevel SnmpConfig#loglevel}
  */
  readonly loglevel?: number;
  /**
  * Extra snmpd.conf lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#options SnmpConfig#options}
  */
  readonly options?: string;
  /**
  * Send SNMP traps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#traps SnmpConfig#traps}
  */
  readonly traps?: boolean | cdktf.IResolvable;
  /**
  * Serve SNMPv3.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3 SnmpConfig#v3}
  */
  readonly v3?: boolean | cdktf.IResolvable;
  /**
  * SNMPv3 authentication: "", MD5 or SHA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_authtype SnmpConfig#v3_authtype}
  */
  readonly v3Authtype?: string;
  /**
  * SNMPv3 authentication password, 8 or more characters (needed with v3_authtype). Give it here or, kept out of state, as v3_password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_password SnmpConfig#v3_password}
  */
  readonly v3Password?: string;
  /**
  * SNMPv3 authentication password, 8 or more characters (needed with v3_authtype), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); v3_password then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_password_wo SnmpConfig#v3_password_wo}
  */
  readonly v3PasswordWo?: string;
  /**
  * Required with v3_password_wo; change it to send a new v3_password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_password_wo_version SnmpConfig#v3_password_wo_version}
  */
  readonly v3PasswordWoVersion?: number;
  /**
  * SNMPv3 privacy passphrase, 8 or more characters (needed with v3_privproto). Give it here or, kept out of state, as v3_privpassphrase_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_privpassphrase SnmpConfig#v3_privpassphrase}
  */
  readonly v3Privpassphrase?: string;
  /**
  * SNMPv3 privacy passphrase, 8 or more characters (needed with v3_privproto), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); v3_privpassphrase then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_privpassphrase_wo SnmpConfig#v3_privpassphrase_wo}
  */
  readonly v3PrivpassphraseWo?: string;
  /**
  * Required with v3_privpassphrase_wo; change it to send a new v3_privpassphrase_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_privpassphrase_wo_version SnmpConfig#v3_privpassphrase_wo_version}
  */
  readonly v3PrivpassphraseWoVersion?: number;
  /**
  * SNMPv3 privacy protocol: AES or DES (none on a fresh system). Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_privproto SnmpConfig#v3_privproto}
  */
  readonly v3Privproto?: string;
  /**
  * SNMPv3 user (up to 20 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#v3_username SnmpConfig#v3_username}
  */
  readonly v3Username?: string;
  /**
  * Report ZIL statistics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#zilstat SnmpConfig#zilstat}
  */
  readonly zilstat?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config truenas_snmp_config}
*/
export class SnmpConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_snmp_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SnmpConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SnmpConfig to import
  * @param importFromId The id of the existing SnmpConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SnmpConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_snmp_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/snmp_config truenas_snmp_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SnmpConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: SnmpConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_snmp_config',
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
    this._community = config.community;
    this._contact = config.contact;
    this._location = config.location;
    this._loglevel = config.loglevel;
    this._options = config.options;
    this._traps = config.traps;
    this._v3 = config.v3;
    this._v3Authtype = config.v3Authtype;
    this._v3Password = config.v3Password;
    this._v3PasswordWo = config.v3PasswordWo;
    this._v3PasswordWoVersion = config.v3PasswordWoVersion;
    this._v3Privpassphrase = config.v3Privpassphrase;
    this._v3PrivpassphraseWo = config.v3PrivpassphraseWo;
    this._v3PrivpassphraseWoVersion = config.v3PrivpassphraseWoVersion;
    this._v3Privproto = config.v3Privproto;
    this._v3Username = config.v3Username;
    this._zilstat = config.zilstat;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // community - computed: true, optional: true, required: false
  private _community?: string; 
  public get community() {
    return this.getStringAttribute('community');
  }
  public set community(value: string) {
    this._community = value;
  }
  public resetCommunity() {
    this._community = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityInput() {
    return this._community;
  }

  // contact - computed: true, optional: true, required: false
  private _contact?: string; 
  public get contact() {
    return this.getStringAttribute('contact');
  }
  public set contact(value: string) {
    this._contact = value;
  }
  public resetContact() {
    this._contact = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contactInput() {
    return this._contact;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // location - computed: true, optional: true, required: false
  private _location?: string; 
  public get location() {
    return this.getStringAttribute('location');
  }
  public set location(value: string) {
    this._location = value;
  }
  public resetLocation() {
    this._location = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get locationInput() {
    return this._location;
  }

  // loglevel - computed: true, optional: true, required: false
  private _loglevel?: number; 
  public get loglevel() {
    return this.getNumberAttribute('loglevel');
  }
  public set loglevel(value: number) {
    this._loglevel = value;
  }
  public resetLoglevel() {
    this._loglevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loglevelInput() {
    return this._loglevel;
  }

  // options - computed: true, optional: true, required: false
  private _options?: string; 
  public get options() {
    return this.getStringAttribute('options');
  }
  public set options(value: string) {
    this._options = value;
  }
  public resetOptions() {
    this._options = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsInput() {
    return this._options;
  }

  // traps - computed: true, optional: true, required: false
  private _traps?: boolean | cdktf.IResolvable; 
  public get traps() {
    return this.getBooleanAttribute('traps');
  }
  public set traps(value: boolean | cdktf.IResolvable) {
    this._traps = value;
  }
  public resetTraps() {
    this._traps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trapsInput() {
    return this._traps;
  }

  // v3 - computed: true, optional: true, required: false
  private _v3?: boolean | cdktf.IResolvable; 
  public get v3() {
    return this.getBooleanAttribute('v3');
  }
  public set v3(value: boolean | cdktf.IResolvable) {
    this._v3 = value;
  }
  public resetV3() {
    this._v3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3Input() {
    return this._v3;
  }

  // v3_authtype - computed: true, optional: true, required: false
  private _v3Authtype?: string; 
  public get v3Authtype() {
    return this.getStringAttribute('v3_authtype');
  }
  public set v3Authtype(value: string) {
    this._v3Authtype = value;
  }
  public resetV3Authtype() {
    this._v3Authtype = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3AuthtypeInput() {
    return this._v3Authtype;
  }

  // v3_password - computed: true, optional: true, required: false
  private _v3Password?: string; 
  public get v3Password() {
    return this.getStringAttribute('v3_password');
  }
  public set v3Password(value: string) {
    this._v3Password = value;
  }
  public resetV3Password() {
    this._v3Password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PasswordInput() {
    return this._v3Password;
  }

  // v3_password_wo - computed: false, optional: true, required: false
  private _v3PasswordWo?: string; 
  public get v3PasswordWo() {
    return this.getStringAttribute('v3_password_wo');
  }
  public set v3PasswordWo(value: string) {
    this._v3PasswordWo = value;
  }
  public resetV3PasswordWo() {
    this._v3PasswordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PasswordWoInput() {
    return this._v3PasswordWo;
  }

  // v3_password_wo_version - computed: false, optional: true, required: false
  private _v3PasswordWoVersion?: number; 
  public get v3PasswordWoVersion() {
    return this.getNumberAttribute('v3_password_wo_version');
  }
  public set v3PasswordWoVersion(value: number) {
    this._v3PasswordWoVersion = value;
  }
  public resetV3PasswordWoVersion() {
    this._v3PasswordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PasswordWoVersionInput() {
    return this._v3PasswordWoVersion;
  }

  // v3_privpassphrase - computed: true, optional: true, required: false
  private _v3Privpassphrase?: string; 
  public get v3Privpassphrase() {
    return this.getStringAttribute('v3_privpassphrase');
  }
  public set v3Privpassphrase(value: string) {
    this._v3Privpassphrase = value;
  }
  public resetV3Privpassphrase() {
    this._v3Privpassphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivpassphraseInput() {
    return this._v3Privpassphrase;
  }

  // v3_privpassphrase_wo - computed: false, optional: true, required: false
  private _v3PrivpassphraseWo?: string; 
  public get v3PrivpassphraseWo() {
    return this.getStringAttribute('v3_privpassphrase_wo');
  }
  public set v3PrivpassphraseWo(value: string) {
    this._v3PrivpassphraseWo = value;
  }
  public resetV3PrivpassphraseWo() {
    this._v3PrivpassphraseWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivpassphraseWoInput() {
    return this._v3PrivpassphraseWo;
  }

  // v3_privpassphrase_wo_version - computed: false, optional: true, required: false
  private _v3PrivpassphraseWoVersion?: number; 
  public get v3PrivpassphraseWoVersion() {
    return this.getNumberAttribute('v3_privpassphrase_wo_version');
  }
  public set v3PrivpassphraseWoVersion(value: number) {
    this._v3PrivpassphraseWoVersion = value;
  }
  public resetV3PrivpassphraseWoVersion() {
    this._v3PrivpassphraseWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivpassphraseWoVersionInput() {
    return this._v3PrivpassphraseWoVersion;
  }

  // v3_privproto - computed: true, optional: true, required: false
  private _v3Privproto?: string; 
  public get v3Privproto() {
    return this.getStringAttribute('v3_privproto');
  }
  public set v3Privproto(value: string) {
    this._v3Privproto = value;
  }
  public resetV3Privproto() {
    this._v3Privproto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivprotoInput() {
    return this._v3Privproto;
  }

  // v3_username - computed: true, optional: true, required: false
  private _v3Username?: string; 
  public get v3Username() {
    return this.getStringAttribute('v3_username');
  }
  public set v3Username(value: string) {
    this._v3Username = value;
  }
  public resetV3Username() {
    this._v3Username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3UsernameInput() {
    return this._v3Username;
  }

  // zilstat - computed: true, optional: true, required: false
  private _zilstat?: boolean | cdktf.IResolvable; 
  public get zilstat() {
    return this.getBooleanAttribute('zilstat');
  }
  public set zilstat(value: boolean | cdktf.IResolvable) {
    this._zilstat = value;
  }
  public resetZilstat() {
    this._zilstat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zilstatInput() {
    return this._zilstat;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      community: cdktf.stringToTerraform(this._community),
      contact: cdktf.stringToTerraform(this._contact),
      location: cdktf.stringToTerraform(this._location),
      loglevel: cdktf.numberToTerraform(this._loglevel),
      options: cdktf.stringToTerraform(this._options),
      traps: cdktf.booleanToTerraform(this._traps),
      v3: cdktf.booleanToTerraform(this._v3),
      v3_authtype: cdktf.stringToTerraform(this._v3Authtype),
      v3_password: cdktf.stringToTerraform(this._v3Password),
      v3_password_wo: cdktf.stringToTerraform(this._v3PasswordWo),
      v3_password_wo_version: cdktf.numberToTerraform(this._v3PasswordWoVersion),
      v3_privpassphrase: cdktf.stringToTerraform(this._v3Privpassphrase),
      v3_privpassphrase_wo: cdktf.stringToTerraform(this._v3PrivpassphraseWo),
      v3_privpassphrase_wo_version: cdktf.numberToTerraform(this._v3PrivpassphraseWoVersion),
      v3_privproto: cdktf.stringToTerraform(this._v3Privproto),
      v3_username: cdktf.stringToTerraform(this._v3Username),
      zilstat: cdktf.booleanToTerraform(this._zilstat),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      community: {
        value: cdktf.stringToHclTerraform(this._community),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      contact: {
        value: cdktf.stringToHclTerraform(this._contact),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      location: {
        value: cdktf.stringToHclTerraform(this._location),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      loglevel: {
        value: cdktf.numberToHclTerraform(this._loglevel),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      options: {
        value: cdktf.stringToHclTerraform(this._options),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      traps: {
        value: cdktf.booleanToHclTerraform(this._traps),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      v3: {
        value: cdktf.booleanToHclTerraform(this._v3),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      v3_authtype: {
        value: cdktf.stringToHclTerraform(this._v3Authtype),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_password: {
        value: cdktf.stringToHclTerraform(this._v3Password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_password_wo: {
        value: cdktf.stringToHclTerraform(this._v3PasswordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_password_wo_version: {
        value: cdktf.numberToHclTerraform(this._v3PasswordWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      v3_privpassphrase: {
        value: cdktf.stringToHclTerraform(this._v3Privpassphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_privpassphrase_wo: {
        value: cdktf.stringToHclTerraform(this._v3PrivpassphraseWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_privpassphrase_wo_version: {
        value: cdktf.numberToHclTerraform(this._v3PrivpassphraseWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      v3_privproto: {
        value: cdktf.stringToHclTerraform(this._v3Privproto),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_username: {
        value: cdktf.stringToHclTerraform(this._v3Username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      zilstat: {
        value: cdktf.booleanToHclTerraform(this._zilstat),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
