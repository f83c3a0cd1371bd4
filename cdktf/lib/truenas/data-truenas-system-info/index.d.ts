import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataTruenasSystemInfoConfig extends cdktf.TerraformMetaArguments {
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/system_info truenas_system_info}
*/
export declare class DataTruenasSystemInfo extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_system_info";
    /**
    * Generates CDKTF code for importing a DataTruenasSystemInfo resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasSystemInfo to import
    * @param importFromId The id of the existing DataTruenasSystemInfo that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/system_info#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasSystemInfo to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/system_info truenas_system_info} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasSystemInfoConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataTruenasSystemInfoConfig);
    get cores(): number;
    get hostname(): string;
    get model(): string;
    get physmem(): number;
    get systemSerial(): string;
    get timezone(): string;
    get uptimeSeconds(): number;
    get version(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
