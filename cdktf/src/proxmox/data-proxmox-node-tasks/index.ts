// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataProxmoxNodeTasksConfig extends cdktf.TerraformMetaArguments {
  /**
  * Only tasks that did not end "OK": failed ones, those with warnings, and (with `source` "active" or "all") running ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#errors_only DataProxmoxNodeTasks#errors_only}
  */
  readonly errorsOnly?: boolean | cdktf.IResolvable;
  /**
  * At most this many (server default 50).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#limit DataProxmoxNodeTasks#limit}
  */
  readonly limit?: number;
  /**
  * Node name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#node DataProxmoxNodeTasks#node}
  */
  readonly nodeAttribute: string;
  /**
  * Only tasks started at or after this Unix time.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#since DataProxmoxNodeTasks#since}
  */
  readonly since?: number;
  /**
  * "archive" (finished tasks, the server default), "active" (running) or "all".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#source DataProxmoxNodeTasks#source}
  */
  readonly source?: string;
  /**
  * Only tasks of this type, such as "qmstart" or "vzdump".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#type DataProxmoxNodeTasks#type}
  */
  readonly type?: string;
  /**
  * Only tasks of users whose id contains this text (any case).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#user DataProxmoxNodeTasks#user}
  */
  readonly user?: string;
  /**
  * Only tasks of this guest.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#vmid DataProxmoxNodeTasks#vmid}
  */
  readonly vmid?: number;
}
export interface DataProxmoxNodeTasksTasks {
}

export function dataProxmoxNodeTasksTasksToTerraform(struct?: DataProxmoxNodeTasksTasks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataProxmoxNodeTasksTasksToHclTerraform(struct?: DataProxmoxNodeTasksTasks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataProxmoxNodeTasksTasksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataProxmoxNodeTasksTasks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataProxmoxNodeTasksTasks | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // end_time - computed: true, optional: false, required: false
  public get endTime() {
    return this.getNumberAttribute('end_time');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // start_time - computed: true, optional: false, required: false
  public get startTime() {
    return this.getNumberAttribute('start_time');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // upid - computed: true, optional: false, required: false
  public get upid() {
    return this.getStringAttribute('upid');
  }

  // user - computed: true, optional: false, required: false
  public get user() {
    return this.getStringAttribute('user');
  }
}

export class DataProxmoxNodeTasksTasksList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataProxmoxNodeTasksTasksOutputReference {
    return new DataProxmoxNodeTasksTasksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks proxmox_node_tasks}
*/
export class DataProxmoxNodeTasks extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_node_tasks";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataProxmoxNodeTasks resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataProxmoxNodeTasks to import
  * @param importFromId The id of the existing DataProxmoxNodeTasks that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataProxmoxNodeTasks to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_tasks", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node_tasks proxmox_node_tasks} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataProxmoxNodeTasksConfig
  */
  public constructor(scope: Construct, id: string, config: DataProxmoxNodeTasksConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_node_tasks',
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
    this._errorsOnly = config.errorsOnly;
    this._limit = config.limit;
    this._node = config.nodeAttribute;
    this._since = config.since;
    this._source = config.source;
    this._type = config.type;
    this._user = config.user;
    this._vmid = config.vmid;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // errors_only - computed: false, optional: true, required: false
  private _errorsOnly?: boolean | cdktf.IResolvable; 
  public get errorsOnly() {
    return this.getBooleanAttribute('errors_only');
  }
  public set errorsOnly(value: boolean | cdktf.IResolvable) {
    this._errorsOnly = value;
  }
  public resetErrorsOnly() {
    this._errorsOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get errorsOnlyInput() {
    return this._errorsOnly;
  }

  // limit - computed: false, optional: true, required: false
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  public resetLimit() {
    this._limit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // node - computed: false, optional: false, required: true
  private _node?: string; 
  public get nodeAttribute() {
    return this.getStringAttribute('node');
  }
  public set nodeAttribute(value: string) {
    this._node = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeAttributeInput() {
    return this._node;
  }

  // since - computed: false, optional: true, required: false
  private _since?: number; 
  public get since() {
    return this.getNumberAttribute('since');
  }
  public set since(value: number) {
    this._since = value;
  }
  public resetSince() {
    this._since = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sinceInput() {
    return this._since;
  }

  // source - computed: false, optional: true, required: false
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  public resetSource() {
    this._source = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // tasks - computed: true, optional: false, required: false
  private _tasks = new DataProxmoxNodeTasksTasksList(this, "tasks", false);
  public get tasks() {
    return this._tasks;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // user - computed: false, optional: true, required: false
  private _user?: string; 
  public get user() {
    return this.getStringAttribute('user');
  }
  public set user(value: string) {
    this._user = value;
  }
  public resetUser() {
    this._user = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // vmid - computed: false, optional: true, required: false
  private _vmid?: number; 
  public get vmid() {
    return this.getNumberAttribute('vmid');
  }
  public set vmid(value: number) {
    this._vmid = value;
  }
  public resetVmid() {
    this._vmid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmidInput() {
    return this._vmid;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      errors_only: cdktf.booleanToTerraform(this._errorsOnly),
      limit: cdktf.numberToTerraform(this._limit),
      node: cdktf.stringToTerraform(this._node),
      since: cdktf.numberToTerraform(this._since),
      source: cdktf.stringToTerraform(this._source),
      type: cdktf.stringToTerraform(this._type),
      user: cdktf.stringToTerraform(this._user),
      vmid: cdktf.numberToTerraform(this._vmid),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      errors_only: {
        value: cdktf.booleanToHclTerraform(this._errorsOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      limit: {
        value: cdktf.numberToHclTerraform(this._limit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      node: {
        value: cdktf.stringToHclTerraform(this._node),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      since: {
        value: cdktf.numberToHclTerraform(this._since),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      source: {
        value: cdktf.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vmid: {
        value: cdktf.numberToHclTerraform(this._vmid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
