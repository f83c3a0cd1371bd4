import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataTruenasDatasetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Full name, such as "tank/media".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset#name DataTruenasDataset#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset truenas_dataset}
*/
export declare class DataTruenasDataset extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_dataset";
    /**
    * Generates CDKTF code for importing a DataTruenasDataset resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasDataset to import
    * @param importFromId The id of the existing DataTruenasDataset that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasDataset to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset truenas_dataset} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasDatasetConfig
    */
    constructor(scope: Construct, id: string, config: DataTruenasDatasetConfig);
    get atime(): cdktf.IResolvable;
    get available(): number;
    get comments(): string;
    get compression(): string;
    get deduplication(): string;
    get exec(): cdktf.IResolvable;
    get id(): string;
    get mountpoint(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    get quota(): number;
    get readonly(): cdktf.IResolvable;
    get recordsize(): string;
    get refquota(): number;
    get refreservation(): number;
    get reservation(): number;
    get sync(): string;
    get used(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
