import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface PoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Comment.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/pool#comment Pool#comment}
    */
    readonly comment?: string;
    /**
    * Pool name, such as "lab" or "lab/web" for a nested pool.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/pool#pool_id Pool#pool_id}
    */
    readonly poolId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/pool proxmox_pool}
*/
export declare class Pool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_pool";
    /**
    * Generates CDKTF code for importing a Pool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Pool to import
    * @param importFromId The id of the existing Pool that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Pool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/pool proxmox_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options PoolConfig
    */
    constructor(scope: Construct, id: string, config: PoolConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): string;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    get poolIdInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
