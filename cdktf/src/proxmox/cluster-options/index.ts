// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ClusterOptionsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Bandwidth limit of clones, KiB/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#bwlimit_clone ClusterOptions#bwlimit_clone}
  */
  readonly bwlimitClone?: number;
  /**
  * Bandwidth limit of everything not listed, KiB/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#bwlimit_default ClusterOptions#bwlimit_default}
  */
  readonly bwlimitDefault?: number;
  /**
  * Bandwidth limit of migrations, KiB/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#bwlimit_migration ClusterOptions#bwlimit_migration}
  */
  readonly bwlimitMigration?: number;
  /**
  * Bandwidth limit of disk moves, KiB/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#bwlimit_move ClusterOptions#bwlimit_move}
  */
  readonly bwlimitMove?: number;
  /**
  * Bandwidth limit of restores, KiB/s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#bwlimit_restore ClusterOptions#bwlimit_restore}
  */
  readonly bwlimitRestore?: number;
  /**
  * Default console viewer: vv, html5 or xtermjs (applet, the retired Java viewer, is stored as html5).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#console ClusterOptions#console}
  */
  readonly console?: string;
  /**
  * Datacenter notes (trailing newlines are not kept).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#description ClusterOptions#description}
  */
  readonly description?: string;
  /**
  * Sender address of notification mail.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#email_from ClusterOptions#email_from}
  */
  readonly emailFrom?: string;
  /**
  * HA on node shutdown: freeze, failover, conditional or migrate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#ha_shutdown_policy ClusterOptions#ha_shutdown_policy}
  */
  readonly haShutdownPolicy?: string;
  /**
  * Proxy for downloads, such as "http://proxy.lan:3128".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#http_proxy ClusterOptions#http_proxy}
  */
  readonly httpProxy?: string;
  /**
  * Default keyboard layout of the VNC console.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#keyboard ClusterOptions#keyboard}
  */
  readonly keyboard?: string;
  /**
  * Default language of the web interface, such as "en" or "de".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#language ClusterOptions#language}
  */
  readonly language?: string;
  /**
  * Prefix of generated MAC addresses (unicast, such as "BC:24:11"; letters in either case).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#mac_prefix ClusterOptions#mac_prefix}
  */
  readonly macPrefix?: string;
  /**
  * Parallel workers for bulk actions (start all, migrate all).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#max_workers ClusterOptions#max_workers}
  */
  readonly maxWorkers?: number;
  /**
  * Network (CIDR) migrations use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#migration_network ClusterOptions#migration_network}
  */
  readonly migrationNetwork?: string;
  /**
  * Migration traffic: secure (over SSH) or insecure.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#migration_type ClusterOptions#migration_type}
  */
  readonly migrationType?: string;
  /**
  * Lowest VMID handed out as the next free one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#next_id_lower ClusterOptions#next_id_lower}
  */
  readonly nextIdLower?: number;
  /**
  * Upper bound (exclusive) of the next free VMIDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#next_id_upper ClusterOptions#next_id_upper}
  */
  readonly nextIdUpper?: number;
  /**
  * On destroy, remove the options this resource lists from the configuration, so the defaults apply again (default false: leave them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#reset_on_destroy ClusterOptions#reset_on_destroy}
  */
  readonly resetOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Tag order: config or alphabetical.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#tag_style_ordering ClusterOptions#tag_style_ordering}
  */
  readonly tagStyleOrdering?: string;
  /**
  * Tag shape in the tree: full, circle, dense or none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#tag_style_shape ClusterOptions#tag_style_shape}
  */
  readonly tagStyleShape?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options proxmox_cluster_options}
*/
export class ClusterOptions extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_cluster_options";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ClusterOptions resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ClusterOptions to import
  * @param importFromId The id of the existing ClusterOptions that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ClusterOptions to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_cluster_options", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_options proxmox_cluster_options} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ClusterOptionsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ClusterOptionsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'proxmox_cluster_options',
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
    this._bwlimitClone = config.bwlimitClone;
    this._bwlimitDefault = config.bwlimitDefault;
    this._bwlimitMigration = config.bwlimitMigration;
    this._bwlimitMove = config.bwlimitMove;
    this._bwlimitRestore = config.bwlimitRestore;
    this._console = config.console;
    this._description = config.description;
    this._emailFrom = config.emailFrom;
    this._haShutdownPolicy = config.haShutdownPolicy;
    this._httpProxy = config.httpProxy;
    this._keyboard = config.keyboard;
    this._language = config.language;
    this._macPrefix = config.macPrefix;
    this._maxWorkers = config.maxWorkers;
    this._migrationNetwork = config.migrationNetwork;
    this._migrationType = config.migrationType;
    this._nextIdLower = config.nextIdLower;
    this._nextIdUpper = config.nextIdUpper;
    this._resetOnDestroy = config.resetOnDestroy;
    this._tagStyleOrdering = config.tagStyleOrdering;
    this._tagStyleShape = config.tagStyleShape;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bwlimit_clone - computed: true, optional: true, required: false
  private _bwlimitClone?: number; 
  public get bwlimitClone() {
    return this.getNumberAttribute('bwlimit_clone');
  }
  public set bwlimitClone(value: number) {
    this._bwlimitClone = value;
  }
  public resetBwlimitClone() {
    this._bwlimitClone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitCloneInput() {
    return this._bwlimitClone;
  }

  // bwlimit_default - computed: true, optional: true, required: false
  private _bwlimitDefault?: number; 
  public get bwlimitDefault() {
    return this.getNumberAttribute('bwlimit_default');
  }
  public set bwlimitDefault(value: number) {
    this._bwlimitDefault = value;
  }
  public resetBwlimitDefault() {
    this._bwlimitDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitDefaultInput() {
    return this._bwlimitDefault;
  }

  // bwlimit_migration - computed: true, optional: true, required: false
  private _bwlimitMigration?: number; 
  public get bwlimitMigration() {
    return this.getNumberAttribute('bwlimit_migration');
  }
  public set bwlimitMigration(value: number) {
    this._bwlimitMigration = value;
  }
  public resetBwlimitMigration() {
    this._bwlimitMigration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitMigrationInput() {
    return this._bwlimitMigration;
  }

  // bwlimit_move - computed: true, optional: true, required: false
  private _bwlimitMove?: number; 
  public get bwlimitMove() {
    return this.getNumberAttribute('bwlimit_move');
  }
  public set bwlimitMove(value: number) {
    this._bwlimitMove = value;
  }
  public resetBwlimitMove() {
    this._bwlimitMove = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitMoveInput() {
    return this._bwlimitMove;
  }

  // bwlimit_restore - computed: true, optional: true, required: false
  private _bwlimitRestore?: number; 
  public get bwlimitRestore() {
    return this.getNumberAttribute('bwlimit_restore');
  }
  public set bwlimitRestore(value: number) {
    this._bwlimitRestore = value;
  }
  public resetBwlimitRestore() {
    this._bwlimitRestore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bwlimitRestoreInput() {
    return this._bwlimitRestore;
  }

  // console - computed: true, optional: true, required: false
  private _console?: string; 
  public get console() {
    return this.getStringAttribute('console');
  }
  public set console(value: string) {
    this._console = value;
  }
  public resetConsole() {
    this._console = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consoleInput() {
    return this._console;
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

  // email_from - computed: true, optional: true, required: false
  private _emailFrom?: string; 
  public get emailFrom() {
    return this.getStringAttribute('email_from');
  }
  public set emailFrom(value: string) {
    this._emailFrom = value;
  }
  public resetEmailFrom() {
    this._emailFrom = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailFromInput() {
    return this._emailFrom;
  }

  // ha_shutdown_policy - computed: true, optional: true, required: false
  private _haShutdownPolicy?: string; 
  public get haShutdownPolicy() {
    return this.getStringAttribute('ha_shutdown_policy');
  }
  public set haShutdownPolicy(value: string) {
    this._haShutdownPolicy = value;
  }
  public resetHaShutdownPolicy() {
    this._haShutdownPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get haShutdownPolicyInput() {
    return this._haShutdownPolicy;
  }

  // http_proxy - computed: true, optional: true, required: false
  private _httpProxy?: string; 
  public get httpProxy() {
    return this.getStringAttribute('http_proxy');
  }
  public set httpProxy(value: string) {
    this._httpProxy = value;
  }
  public resetHttpProxy() {
    this._httpProxy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpProxyInput() {
    return this._httpProxy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // keyboard - computed: true, optional: true, required: false
  private _keyboard?: string; 
  public get keyboard() {
    return this.getStringAttribute('keyboard');
  }
  public set keyboard(value: string) {
    this._keyboard = value;
  }
  public resetKeyboard() {
    this._keyboard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyboardInput() {
    return this._keyboard;
  }

  // language - computed: true, optional: true, required: false
  private _language?: string; 
  public get language() {
    return this.getStringAttribute('language');
  }
  public set language(value: string) {
    this._language = value;
  }
  public resetLanguage() {
    this._language = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get languageInput() {
    return this._language;
  }

  // mac_prefix - computed: true, optional: true, required: false
  private _macPrefix?: string; 
  public get macPrefix() {
    return this.getStringAttribute('mac_prefix');
  }
  public set macPrefix(value: string) {
    this._macPrefix = value;
  }
  public resetMacPrefix() {
    this._macPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macPrefixInput() {
    return this._macPrefix;
  }

  // managed_options - computed: true, optional: false, required: false
  public get managedOptions() {
    return cdktf.Fn.tolist(this.getListAttribute('managed_options'));
  }

  // max_workers - computed: true, optional: true, required: false
  private _maxWorkers?: number; 
  public get maxWorkers() {
    return this.getNumberAttribute('max_workers');
  }
  public set maxWorkers(value: number) {
    this._maxWorkers = value;
  }
  public resetMaxWorkers() {
    this._maxWorkers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWorkersInput() {
    return this._maxWorkers;
  }

  // migration_network - computed: true, optional: true, required: false
  private _migrationNetwork?: string; 
  public get migrationNetwork() {
    return this.getStringAttribute('migration_network');
  }
  public set migrationNetwork(value: string) {
    this._migrationNetwork = value;
  }
  public resetMigrationNetwork() {
    this._migrationNetwork = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get migrationNetworkInput() {
    return this._migrationNetwork;
  }

  // migration_type - computed: true, optional: true, required: false
  private _migrationType?: string; 
  public get migrationType() {
    return this.getStringAttribute('migration_type');
  }
  public set migrationType(value: string) {
    this._migrationType = value;
  }
  public resetMigrationType() {
    this._migrationType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get migrationTypeInput() {
    return this._migrationType;
  }

  // next_id_lower - computed: true, optional: true, required: false
  private _nextIdLower?: number; 
  public get nextIdLower() {
    return this.getNumberAttribute('next_id_lower');
  }
  public set nextIdLower(value: number) {
    this._nextIdLower = value;
  }
  public resetNextIdLower() {
    this._nextIdLower = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextIdLowerInput() {
    return this._nextIdLower;
  }

  // next_id_upper - computed: true, optional: true, required: false
  private _nextIdUpper?: number; 
  public get nextIdUpper() {
    return this.getNumberAttribute('next_id_upper');
  }
  public set nextIdUpper(value: number) {
    this._nextIdUpper = value;
  }
  public resetNextIdUpper() {
    this._nextIdUpper = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextIdUpperInput() {
    return this._nextIdUpper;
  }

  // reset_on_destroy - computed: true, optional: true, required: false
  private _resetOnDestroy?: boolean | cdktf.IResolvable; 
  public get resetOnDestroy() {
    return this.getBooleanAttribute('reset_on_destroy');
  }
  public set resetOnDestroy(value: boolean | cdktf.IResolvable) {
    this._resetOnDestroy = value;
  }
  public resetResetOnDestroy() {
    this._resetOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resetOnDestroyInput() {
    return this._resetOnDestroy;
  }

  // tag_style_ordering - computed: true, optional: true, required: false
  private _tagStyleOrdering?: string; 
  public get tagStyleOrdering() {
    return this.getStringAttribute('tag_style_ordering');
  }
  public set tagStyleOrdering(value: string) {
    this._tagStyleOrdering = value;
  }
  public resetTagStyleOrdering() {
    this._tagStyleOrdering = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagStyleOrderingInput() {
    return this._tagStyleOrdering;
  }

  // tag_style_shape - computed: true, optional: true, required: false
  private _tagStyleShape?: string; 
  public get tagStyleShape() {
    return this.getStringAttribute('tag_style_shape');
  }
  public set tagStyleShape(value: string) {
    this._tagStyleShape = value;
  }
  public resetTagStyleShape() {
    this._tagStyleShape = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagStyleShapeInput() {
    return this._tagStyleShape;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bwlimit_clone: cdktf.numberToTerraform(this._bwlimitClone),
      bwlimit_default: cdktf.numberToTerraform(this._bwlimitDefault),
      bwlimit_migration: cdktf.numberToTerraform(this._bwlimitMigration),
      bwlimit_move: cdktf.numberToTerraform(this._bwlimitMove),
      bwlimit_restore: cdktf.numberToTerraform(this._bwlimitRestore),
      console: cdktf.stringToTerraform(this._console),
      description: cdktf.stringToTerraform(this._description),
      email_from: cdktf.stringToTerraform(this._emailFrom),
      ha_shutdown_policy: cdktf.stringToTerraform(this._haShutdownPolicy),
      http_proxy: cdktf.stringToTerraform(this._httpProxy),
      keyboard: cdktf.stringToTerraform(this._keyboard),
      language: cdktf.stringToTerraform(this._language),
      mac_prefix: cdktf.stringToTerraform(this._macPrefix),
      max_workers: cdktf.numberToTerraform(this._maxWorkers),
      migration_network: cdktf.stringToTerraform(this._migrationNetwork),
      migration_type: cdktf.stringToTerraform(this._migrationType),
      next_id_lower: cdktf.numberToTerraform(this._nextIdLower),
      next_id_upper: cdktf.numberToTerraform(this._nextIdUpper),
      reset_on_destroy: cdktf.booleanToTerraform(this._resetOnDestroy),
      tag_style_ordering: cdktf.stringToTerraform(this._tagStyleOrdering),
      tag_style_shape: cdktf.stringToTerraform(this._tagStyleShape),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bwlimit_clone: {
        value: cdktf.numberToHclTerraform(this._bwlimitClone),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bwlimit_default: {
        value: cdktf.numberToHclTerraform(this._bwlimitDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bwlimit_migration: {
        value: cdktf.numberToHclTerraform(this._bwlimitMigration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bwlimit_move: {
        value: cdktf.numberToHclTerraform(this._bwlimitMove),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bwlimit_restore: {
        value: cdktf.numberToHclTerraform(this._bwlimitRestore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      console: {
        value: cdktf.stringToHclTerraform(this._console),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_from: {
        value: cdktf.stringToHclTerraform(this._emailFrom),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ha_shutdown_policy: {
        value: cdktf.stringToHclTerraform(this._haShutdownPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_proxy: {
        value: cdktf.stringToHclTerraform(this._httpProxy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      keyboard: {
        value: cdktf.stringToHclTerraform(this._keyboard),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      language: {
        value: cdktf.stringToHclTerraform(this._language),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mac_prefix: {
        value: cdktf.stringToHclTerraform(this._macPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_workers: {
        value: cdktf.numberToHclTerraform(this._maxWorkers),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      migration_network: {
        value: cdktf.stringToHclTerraform(this._migrationNetwork),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      migration_type: {
        value: cdktf.stringToHclTerraform(this._migrationType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      next_id_lower: {
        value: cdktf.numberToHclTerraform(this._nextIdLower),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      next_id_upper: {
        value: cdktf.numberToHclTerraform(this._nextIdUpper),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      reset_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._resetOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tag_style_ordering: {
        value: cdktf.stringToHclTerraform(this._tagStyleOrdering),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tag_style_shape: {
        value: cdktf.stringToHclTerraform(this._tagStyleShape),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
