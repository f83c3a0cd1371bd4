// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CronjobConfig extends cdktf.TerraformMetaArguments {
  /**
  * The command line to run.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#command Cronjob#command}
  */
  readonly command: string;
  /**
  * Free-text description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#description Cronjob#description}
  */
  readonly description?: string;
  /**
  * Whether the job runs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#enabled Cronjob#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * When it runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#schedule Cronjob#schedule}
  */
  readonly schedule?: string;
  /**
  * Hide the error output (no mail with it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#stderr Cronjob#stderr}
  */
  readonly stderr?: boolean | cdktf.IResolvable;
  /**
  * Hide the standard output (no mail with it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#stdout Cronjob#stdout}
  */
  readonly stdout?: boolean | cdktf.IResolvable;
  /**
  * The user the command runs as (must exist). TrueNAS 26.0 stores the name NSS gives the account (such as `EXAMPLE\alice` for a directory user); the configured spelling is kept while it names the same account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#user Cronjob#user}
  */
  readonly user: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob truenas_cronjob}
*/
export class Cronjob extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_cronjob";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Cronjob resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Cronjob to import
  * @param importFromId The id of the existing Cronjob that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Cronjob to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_cronjob", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/cronjob truenas_cronjob} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CronjobConfig
  */
  public constructor(scope: Construct, id: string, config: CronjobConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_cronjob',
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
    this._command = config.command;
    this._description = config.description;
    this._enabled = config.enabled;
    this._schedule = config.schedule;
    this._stderr = config.stderr;
    this._stdout = config.stdout;
    this._user = config.user;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // command - computed: false, optional: false, required: true
  private _command?: string; 
  public get command() {
    return this.getStringAttribute('command');
  }
  public set command(value: string) {
    this._command = value;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
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

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // schedule - computed: true, optional: true, required: false
  private _schedule?: string; 
  public get schedule() {
    return this.getStringAttribute('schedule');
  }
  public set schedule(value: string) {
    this._schedule = value;
  }
  public resetSchedule() {
    this._schedule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleInput() {
    return this._schedule;
  }

  // stderr - computed: true, optional: true, required: false
  private _stderr?: boolean | cdktf.IResolvable; 
  public get stderr() {
    return this.getBooleanAttribute('stderr');
  }
  public set stderr(value: boolean | cdktf.IResolvable) {
    this._stderr = value;
  }
  public resetStderr() {
    this._stderr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stderrInput() {
    return this._stderr;
  }

  // stdout - computed: true, optional: true, required: false
  private _stdout?: boolean | cdktf.IResolvable; 
  public get stdout() {
    return this.getBooleanAttribute('stdout');
  }
  public set stdout(value: boolean | cdktf.IResolvable) {
    this._stdout = value;
  }
  public resetStdout() {
    this._stdout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stdoutInput() {
    return this._stdout;
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
      command: cdktf.stringToTerraform(this._command),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      schedule: cdktf.stringToTerraform(this._schedule),
      stderr: cdktf.booleanToTerraform(this._stderr),
      stdout: cdktf.booleanToTerraform(this._stdout),
      user: cdktf.stringToTerraform(this._user),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      command: {
        value: cdktf.stringToHclTerraform(this._command),
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
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      schedule: {
        value: cdktf.stringToHclTerraform(this._schedule),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stderr: {
        value: cdktf.booleanToHclTerraform(this._stderr),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stdout: {
        value: cdktf.booleanToHclTerraform(this._stdout),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
