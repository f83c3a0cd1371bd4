import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface IscsiTargetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Optional human-readable alias.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#alias IscsiTarget#alias}
    */
    readonly alias?: string;
    /**
    * Networks (CIDR) allowed to connect; every network when empty.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#auth_networks IscsiTarget#auth_networks}
    */
    readonly authNetworks?: string[];
    /**
    * ISCSI, FC (Fibre Channel) or BOTH.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#mode IscsiTarget#mode}
    */
    readonly mode?: string;
    /**
    * Target name, such as "vm-100" (the IQN suffix).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#name IscsiTarget#name}
    */
    readonly name: string;
    /**
    * group block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#group IscsiTarget#group}
    */
    readonly group?: IscsiTargetGroup[] | cdktf.IResolvable;
}
export interface IscsiTargetGroup {
    /**
    * Tag of the CHAP credentials (truenas_iscsi_auth.tag), required for CHAP and CHAP_MUTUAL.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#auth IscsiTarget#auth}
    */
    readonly auth?: number;
    /**
    * Authentication: NONE, CHAP or CHAP_MUTUAL.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#authmethod IscsiTarget#authmethod}
    */
    readonly authmethod?: string;
    /**
    * Id of the initiator group allowed to connect (truenas_iscsi_initiator.id); every initiator when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#initiator IscsiTarget#initiator}
    */
    readonly initiator?: number;
    /**
    * Id of the portal (truenas_iscsi_portal.id).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#portal IscsiTarget#portal}
    */
    readonly portal: number;
}
export declare function iscsiTargetGroupToTerraform(struct?: IscsiTargetGroup | cdktf.IResolvable): any;
export declare function iscsiTargetGroupToHclTerraform(struct?: IscsiTargetGroup | cdktf.IResolvable): any;
export declare class IscsiTargetGroupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): IscsiTargetGroup | cdktf.IResolvable | undefined;
    set internalValue(value: IscsiTargetGroup | cdktf.IResolvable | undefined);
    private _auth?;
    get auth(): number;
    set auth(value: number);
    resetAuth(): void;
    get authInput(): number | undefined;
    private _authmethod?;
    get authmethod(): string;
    set authmethod(value: string);
    resetAuthmethod(): void;
    get authmethodInput(): string | undefined;
    private _initiator?;
    get initiator(): number;
    set initiator(value: number);
    resetInitiator(): void;
    get initiatorInput(): number | undefined;
    private _portal?;
    get portal(): number;
    set portal(value: number);
    get portalInput(): number | undefined;
}
export declare class IscsiTargetGroupList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: IscsiTargetGroup[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): IscsiTargetGroupOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target}
*/
export declare class IscsiTarget extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_iscsi_target";
    /**
    * Generates CDKTF code for importing a IscsiTarget resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiTarget to import
    * @param importFromId The id of the existing IscsiTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiTarget to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiTargetConfig
    */
    constructor(scope: Construct, id: string, config: IscsiTargetConfig);
    private _alias?;
    get alias(): string;
    set alias(value: string);
    resetAlias(): void;
    get aliasInput(): string | undefined;
    private _authNetworks?;
    get authNetworks(): string[];
    set authNetworks(value: string[]);
    resetAuthNetworks(): void;
    get authNetworksInput(): string[] | undefined;
    get id(): number;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _group;
    get group(): IscsiTargetGroupList;
    putGroup(value: IscsiTargetGroup[] | cdktf.IResolvable): void;
    resetGroup(): void;
    get groupInput(): cdktf.IResolvable | IscsiTargetGroup[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
