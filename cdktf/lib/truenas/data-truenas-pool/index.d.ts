import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataTruenasPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Pool name, such as "tank".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/pool#name DataTruenasPool#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/pool truenas_pool}
*/
export declare class DataTruenasPool extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_pool";
    /**
    * Generates CDKTF code for importing a DataTruenasPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasPool to import
    * @param importFromId The id of the existing DataTruenasPool that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/pool truenas_pool} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasPoolConfig
    */
    constructor(scope: Construct, id: string, config: DataTruenasPoolConfig);
    get allocated(): number;
    get free(): number;
    get guid(): string;
    get healthy(): cdktf.IResolvable;
    get id(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    get path(): string;
    get size(): number;
    get status(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
