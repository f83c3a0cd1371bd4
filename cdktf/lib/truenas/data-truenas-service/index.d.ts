import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataTruenasServiceConfig extends cdktf.TerraformMetaArguments {
    /**
    * Service name, such as "iscsitarget", "nfs" or "cifs".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/service#service DataTruenasService#service}
    */
    readonly service: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/service truenas_service}
*/
export declare class DataTruenasService extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_service";
    /**
    * Generates CDKTF code for importing a DataTruenasService resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasService to import
    * @param importFromId The id of the existing DataTruenasService that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/service#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasService to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/service truenas_service} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasServiceConfig
    */
    constructor(scope: Construct, id: string, config: DataTruenasServiceConfig);
    get enable(): cdktf.IResolvable;
    get id(): number;
    get running(): cdktf.IResolvable;
    private _service?;
    get service(): string;
    set service(value: string);
    get serviceInput(): string | undefined;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
