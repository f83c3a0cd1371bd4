// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SshConnectionConfig extends cdktf.TerraformMetaArguments {
  /**
  * Seconds to wait for the connection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#connect_timeout SshConnection#connect_timeout}
  */
  readonly connectTimeout?: number;
  /**
  * Host name or address of the remote system.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#host SshConnection#host}
  */
  readonly host: string;
  /**
  * Name of the connection in the keychain (unique among keychain credentials).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#name SshConnection#name}
  */
  readonly name: string;
  /**
  * SSH port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#port SshConnection#port}
  */
  readonly port?: number;
  /**
  * Id of the key pair to log in with (truenas_ssh_keypair.id).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#private_key SshConnection#private_key}
  */
  readonly privateKey: number;
  /**
  * The remote host's public key(s) as ssh-keyscan prints them, trusted for this connection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#remote_host_key SshConnection#remote_host_key}
  */
  readonly remoteHostKey: string;
  /**
  * User to log in as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#username SshConnection#username}
  */
  readonly username?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection truenas_ssh_connection}
*/
export class SshConnection extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_ssh_connection";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SshConnection resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SshConnection to import
  * @param importFromId The id of the existing SshConnection that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SshConnection to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_ssh_connection", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_connection truenas_ssh_connection} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SshConnectionConfig
  */
  public constructor(scope: Construct, id: string, config: SshConnectionConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_ssh_connection',
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
    this._connectTimeout = config.connectTimeout;
    this._host = config.host;
    this._name = config.name;
    this._port = config.port;
    this._privateKey = config.privateKey;
    this._remoteHostKey = config.remoteHostKey;
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connect_timeout - computed: true, optional: true, required: false
  private _connectTimeout?: number; 
  public get connectTimeout() {
    return this.getNumberAttribute('connect_timeout');
  }
  public set connectTimeout(value: number) {
    this._connectTimeout = value;
  }
  public resetConnectTimeout() {
    this._connectTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectTimeoutInput() {
    return this._connectTimeout;
  }

  // host - computed: false, optional: false, required: true
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
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

  // port - computed: true, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // private_key - computed: false, optional: false, required: true
  private _privateKey?: number; 
  public get privateKey() {
    return this.getNumberAttribute('private_key');
  }
  public set privateKey(value: number) {
    this._privateKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyInput() {
    return this._privateKey;
  }

  // remote_host_key - computed: false, optional: false, required: true
  private _remoteHostKey?: string; 
  public get remoteHostKey() {
    return this.getStringAttribute('remote_host_key');
  }
  public set remoteHostKey(value: string) {
    this._remoteHostKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteHostKeyInput() {
    return this._remoteHostKey;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      connect_timeout: cdktf.numberToTerraform(this._connectTimeout),
      host: cdktf.stringToTerraform(this._host),
      name: cdktf.stringToTerraform(this._name),
      port: cdktf.numberToTerraform(this._port),
      private_key: cdktf.numberToTerraform(this._privateKey),
      remote_host_key: cdktf.stringToTerraform(this._remoteHostKey),
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connect_timeout: {
        value: cdktf.numberToHclTerraform(this._connectTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
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
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      private_key: {
        value: cdktf.numberToHclTerraform(this._privateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      remote_host_key: {
        value: cdktf.stringToHclTerraform(this._remoteHostKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
