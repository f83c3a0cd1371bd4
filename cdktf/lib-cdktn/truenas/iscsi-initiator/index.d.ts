import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface IscsiInitiatorConfig extends cdktf.TerraformMetaArguments {
    /**
    * Free-text comment.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator#comment IscsiInitiator#comment}
    */
    readonly comment?: string;
    /**
    * Initiator IQNs, such as "iqn.1993-08.org.debian:01:abc"; every initiator when empty.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator#initiators IscsiInitiator#initiators}
    */
    readonly initiators?: string[];
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator truenas_iscsi_initiator}
*/
export declare class IscsiInitiator extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_iscsi_initiator";
    /**
    * Generates CDKTF code for importing a IscsiInitiator resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiInitiator to import
    * @param importFromId The id of the existing IscsiInitiator that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiInitiator to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator truenas_iscsi_initiator} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiInitiatorConfig = {}
    */
    constructor(scope: Construct, id: string, config?: IscsiInitiatorConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): number;
    private _initiators?;
    get initiators(): string[];
    set initiators(value: string[]);
    resetInitiators(): void;
    get initiatorsInput(): string[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
