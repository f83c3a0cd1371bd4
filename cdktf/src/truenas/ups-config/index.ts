// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UpsConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Description of the UPS.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#description UpsConfig#description}
  */
  readonly description?: string;
  /**
  * Driver as `<driver>$<model>` or `<driver> <option>=<value>$<model>`, a key of ups.driver_choices (MASTER mode).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#driver UpsConfig#driver}
  */
  readonly driver?: string;
  /**
  * Extra upsd.users lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#extrausers UpsConfig#extrausers}
  */
  readonly extrausers?: string;
  /**
  * Seconds to wait for slaves before shutting down.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#hostsync UpsConfig#hostsync}
  */
  readonly hostsync?: number;
  /**
  * Name of the UPS: letters, digits, ".", "-" and "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#identifier UpsConfig#identifier}
  */
  readonly identifier?: string;
  /**
  * MASTER (the UPS is attached here: needs driver and port) or SLAVE (monitors remotehost).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#mode UpsConfig#mode}
  */
  readonly mode?: string;
  /**
  * Monitor password (no spaces or "#"). Give it here or, kept out of state, as monpwd_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#monpwd UpsConfig#monpwd}
  */
  readonly monpwd?: string;
  /**
  * Monitor password (no spaces or "#"), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); monpwd then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#monpwd_wo UpsConfig#monpwd_wo}
  */
  readonly monpwdWo?: string;
  /**
  * Required with monpwd_wo; change it to send a new monpwd_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#monpwd_wo_version UpsConfig#monpwd_wo_version}
  */
  readonly monpwdWoVersion?: number;
  /**
  * Monitor user name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#monuser UpsConfig#monuser}
  */
  readonly monuser?: string;
  /**
  * Seconds without contact before warning. Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#nocommwarntime UpsConfig#nocommwarntime}
  */
  readonly nocommwarntime?: number;
  /**
  * Extra ups.conf lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#options UpsConfig#options}
  */
  readonly options?: string;
  /**
  * Extra upsd.conf lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#optionsupsd UpsConfig#optionsupsd}
  */
  readonly optionsupsd?: string;
  /**
  * Device the UPS is attached to, such as "auto" or "/dev/ttyS0" (MASTER mode).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#port UpsConfig#port}
  */
  readonly port?: string;
  /**
  * Power the UPS off after shutting down.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#powerdown UpsConfig#powerdown}
  */
  readonly powerdown?: boolean | cdktf.IResolvable;
  /**
  * Address of the master (SLAVE mode).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#remotehost UpsConfig#remotehost}
  */
  readonly remotehost?: string;
  /**
  * Port of the master (1-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#remoteport UpsConfig#remoteport}
  */
  readonly remoteport?: number;
  /**
  * Let other systems monitor this UPS.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#rmonitor UpsConfig#rmonitor}
  */
  readonly rmonitor?: boolean | cdktf.IResolvable;
  /**
  * When to shut down: BATT (after shutdowntimer on battery) or LOWBATT (when the battery is low).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#shutdown UpsConfig#shutdown}
  */
  readonly shutdown?: string;
  /**
  * Command run to shut down. Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#shutdowncmd UpsConfig#shutdowncmd}
  */
  readonly shutdowncmd?: string;
  /**
  * Seconds on battery before shutting down (BATT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#shutdowntimer UpsConfig#shutdowntimer}
  */
  readonly shutdowntimer?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config truenas_ups_config}
*/
export class UpsConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_ups_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a UpsConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the UpsConfig to import
  * @param importFromId The id of the existing UpsConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the UpsConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_ups_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ups_config truenas_ups_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UpsConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: UpsConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_ups_config',
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
    this._description = config.description;
    this._driver = config.driver;
    this._extrausers = config.extrausers;
    this._hostsync = config.hostsync;
    this._identifier = config.identifier;
    this._mode = config.mode;
    this._monpwd = config.monpwd;
    this._monpwdWo = config.monpwdWo;
    this._monpwdWoVersion = config.monpwdWoVersion;
    this._monuser = config.monuser;
    this._nocommwarntime = config.nocommwarntime;
    this._options = config.options;
    this._optionsupsd = config.optionsupsd;
    this._port = config.port;
    this._powerdown = config.powerdown;
    this._remotehost = config.remotehost;
    this._remoteport = config.remoteport;
    this._rmonitor = config.rmonitor;
    this._shutdown = config.shutdown;
    this._shutdowncmd = config.shutdowncmd;
    this._shutdowntimer = config.shutdowntimer;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // complete_identifier - computed: true, optional: false, required: false
  public get completeIdentifier() {
    return this.getStringAttribute('complete_identifier');
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // driver - computed: true, optional: true, required: false
  private _driver?: string; 
  public get driver() {
    return this.getStringAttribute('driver');
  }
  public set driver(value: string) {
    this._driver = value;
  }
  public resetDriver() {
    this._driver = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get driverInput() {
    return this._driver;
  }

  // extrausers - computed: true, optional: true, required: false
  private _extrausers?: string; 
  public get extrausers() {
    return this.getStringAttribute('extrausers');
  }
  public set extrausers(value: string) {
    this._extrausers = value;
  }
  public resetExtrausers() {
    this._extrausers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extrausersInput() {
    return this._extrausers;
  }

  // hostsync - computed: true, optional: true, required: false
  private _hostsync?: number; 
  public get hostsync() {
    return this.getNumberAttribute('hostsync');
  }
  public set hostsync(value: number) {
    this._hostsync = value;
  }
  public resetHostsync() {
    this._hostsync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsyncInput() {
    return this._hostsync;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // identifier - computed: true, optional: true, required: false
  private _identifier?: string; 
  public get identifier() {
    return this.getStringAttribute('identifier');
  }
  public set identifier(value: string) {
    this._identifier = value;
  }
  public resetIdentifier() {
    this._identifier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierInput() {
    return this._identifier;
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // monpwd - computed: true, optional: true, required: false
  private _monpwd?: string; 
  public get monpwd() {
    return this.getStringAttribute('monpwd');
  }
  public set monpwd(value: string) {
    this._monpwd = value;
  }
  public resetMonpwd() {
    this._monpwd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monpwdInput() {
    return this._monpwd;
  }

  // monpwd_wo - computed: false, optional: true, required: false
  private _monpwdWo?: string; 
  public get monpwdWo() {
    return this.getStringAttribute('monpwd_wo');
  }
  public set monpwdWo(value: string) {
    this._monpwdWo = value;
  }
  public resetMonpwdWo() {
    this._monpwdWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monpwdWoInput() {
    return this._monpwdWo;
  }

  // monpwd_wo_version - computed: false, optional: true, required: false
  private _monpwdWoVersion?: number; 
  public get monpwdWoVersion() {
    return this.getNumberAttribute('monpwd_wo_version');
  }
  public set monpwdWoVersion(value: number) {
    this._monpwdWoVersion = value;
  }
  public resetMonpwdWoVersion() {
    this._monpwdWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monpwdWoVersionInput() {
    return this._monpwdWoVersion;
  }

  // monuser - computed: true, optional: true, required: false
  private _monuser?: string; 
  public get monuser() {
    return this.getStringAttribute('monuser');
  }
  public set monuser(value: string) {
    this._monuser = value;
  }
  public resetMonuser() {
    this._monuser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monuserInput() {
    return this._monuser;
  }

  // nocommwarntime - computed: true, optional: true, required: false
  private _nocommwarntime?: number; 
  public get nocommwarntime() {
    return this.getNumberAttribute('nocommwarntime');
  }
  public set nocommwarntime(value: number) {
    this._nocommwarntime = value;
  }
  public resetNocommwarntime() {
    this._nocommwarntime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nocommwarntimeInput() {
    return this._nocommwarntime;
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

  // optionsupsd - computed: true, optional: true, required: false
  private _optionsupsd?: string; 
  public get optionsupsd() {
    return this.getStringAttribute('optionsupsd');
  }
  public set optionsupsd(value: string) {
    this._optionsupsd = value;
  }
  public resetOptionsupsd() {
    this._optionsupsd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsupsdInput() {
    return this._optionsupsd;
  }

  // port - computed: true, optional: true, required: false
  private _port?: string; 
  public get port() {
    return this.getStringAttribute('port');
  }
  public set port(value: string) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // powerdown - computed: true, optional: true, required: false
  private _powerdown?: boolean | cdktf.IResolvable; 
  public get powerdown() {
    return this.getBooleanAttribute('powerdown');
  }
  public set powerdown(value: boolean | cdktf.IResolvable) {
    this._powerdown = value;
  }
  public resetPowerdown() {
    this._powerdown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get powerdownInput() {
    return this._powerdown;
  }

  // remotehost - computed: true, optional: true, required: false
  private _remotehost?: string; 
  public get remotehost() {
    return this.getStringAttribute('remotehost');
  }
  public set remotehost(value: string) {
    this._remotehost = value;
  }
  public resetRemotehost() {
    this._remotehost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remotehostInput() {
    return this._remotehost;
  }

  // remoteport - computed: true, optional: true, required: false
  private _remoteport?: number; 
  public get remoteport() {
    return this.getNumberAttribute('remoteport');
  }
  public set remoteport(value: number) {
    this._remoteport = value;
  }
  public resetRemoteport() {
    this._remoteport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteportInput() {
    return this._remoteport;
  }

  // rmonitor - computed: true, optional: true, required: false
  private _rmonitor?: boolean | cdktf.IResolvable; 
  public get rmonitor() {
    return this.getBooleanAttribute('rmonitor');
  }
  public set rmonitor(value: boolean | cdktf.IResolvable) {
    this._rmonitor = value;
  }
  public resetRmonitor() {
    this._rmonitor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rmonitorInput() {
    return this._rmonitor;
  }

  // shutdown - computed: true, optional: true, required: false
  private _shutdown?: string; 
  public get shutdown() {
    return this.getStringAttribute('shutdown');
  }
  public set shutdown(value: string) {
    this._shutdown = value;
  }
  public resetShutdown() {
    this._shutdown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdownInput() {
    return this._shutdown;
  }

  // shutdowncmd - computed: true, optional: true, required: false
  private _shutdowncmd?: string; 
  public get shutdowncmd() {
    return this.getStringAttribute('shutdowncmd');
  }
  public set shutdowncmd(value: string) {
    this._shutdowncmd = value;
  }
  public resetShutdowncmd() {
    this._shutdowncmd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdowncmdInput() {
    return this._shutdowncmd;
  }

  // shutdowntimer - computed: true, optional: true, required: false
  private _shutdowntimer?: number; 
  public get shutdowntimer() {
    return this.getNumberAttribute('shutdowntimer');
  }
  public set shutdowntimer(value: number) {
    this._shutdowntimer = value;
  }
  public resetShutdowntimer() {
    this._shutdowntimer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdowntimerInput() {
    return this._shutdowntimer;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      driver: cdktf.stringToTerraform(this._driver),
      extrausers: cdktf.stringToTerraform(this._extrausers),
      hostsync: cdktf.numberToTerraform(this._hostsync),
      identifier: cdktf.stringToTerraform(this._identifier),
      mode: cdktf.stringToTerraform(this._mode),
      monpwd: cdktf.stringToTerraform(this._monpwd),
      monpwd_wo: cdktf.stringToTerraform(this._monpwdWo),
      monpwd_wo_version: cdktf.numberToTerraform(this._monpwdWoVersion),
      monuser: cdktf.stringToTerraform(this._monuser),
      nocommwarntime: cdktf.numberToTerraform(this._nocommwarntime),
      options: cdktf.stringToTerraform(this._options),
      optionsupsd: cdktf.stringToTerraform(this._optionsupsd),
      port: cdktf.stringToTerraform(this._port),
      powerdown: cdktf.booleanToTerraform(this._powerdown),
      remotehost: cdktf.stringToTerraform(this._remotehost),
      remoteport: cdktf.numberToTerraform(this._remoteport),
      rmonitor: cdktf.booleanToTerraform(this._rmonitor),
      shutdown: cdktf.stringToTerraform(this._shutdown),
      shutdowncmd: cdktf.stringToTerraform(this._shutdowncmd),
      shutdowntimer: cdktf.numberToTerraform(this._shutdowntimer),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      driver: {
        value: cdktf.stringToHclTerraform(this._driver),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      extrausers: {
        value: cdktf.stringToHclTerraform(this._extrausers),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hostsync: {
        value: cdktf.numberToHclTerraform(this._hostsync),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      monpwd: {
        value: cdktf.stringToHclTerraform(this._monpwd),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      monpwd_wo: {
        value: cdktf.stringToHclTerraform(this._monpwdWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      monpwd_wo_version: {
        value: cdktf.numberToHclTerraform(this._monpwdWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      monuser: {
        value: cdktf.stringToHclTerraform(this._monuser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nocommwarntime: {
        value: cdktf.numberToHclTerraform(this._nocommwarntime),
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
      optionsupsd: {
        value: cdktf.stringToHclTerraform(this._optionsupsd),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktf.stringToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      powerdown: {
        value: cdktf.booleanToHclTerraform(this._powerdown),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      remotehost: {
        value: cdktf.stringToHclTerraform(this._remotehost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remoteport: {
        value: cdktf.numberToHclTerraform(this._remoteport),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rmonitor: {
        value: cdktf.booleanToHclTerraform(this._rmonitor),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      shutdown: {
        value: cdktf.stringToHclTerraform(this._shutdown),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shutdowncmd: {
        value: cdktf.stringToHclTerraform(this._shutdowncmd),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shutdowntimer: {
        value: cdktf.numberToHclTerraform(this._shutdowntimer),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
