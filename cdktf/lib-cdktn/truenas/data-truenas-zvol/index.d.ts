import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface DataTruenasZvolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Full name, such as "tank/vm/disk0".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/zvol#name DataTruenasZvol#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/zvol truenas_zvol}
*/
export declare class DataTruenasZvol extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_zvol";
    /**
    * Generates CDKTF code for importing a DataTruenasZvol resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasZvol to import
    * @param importFromId The id of the existing DataTruenasZvol that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/zvol#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasZvol to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/zvol truenas_zvol} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasZvolConfig
    */
    constructor(scope: Construct, id: string, config: DataTruenasZvolConfig);
    get available(): number;
    get comments(): string;
    get compression(): string;
    get deduplication(): string;
    get devicePath(): string;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    get readonly(): cdktf.IResolvable;
    get sparse(): cdktf.IResolvable;
    get sync(): string;
    get used(): number;
    get volblocksize(): string;
    get volsize(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
