import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface VmSnapshotConfig extends cdktf.TerraformMetaArguments {
    /**
    * Description.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#description VmSnapshot#description}
    */
    readonly description?: string;
    /**
    * Also save the running VM's memory (default false).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#include_ram VmSnapshot#include_ram}
    */
    readonly includeRam?: boolean | cdktf.IResolvable;
    /**
    * Snapshot name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#name VmSnapshot#name}
    */
    readonly name: string;
    /**
    * Node of the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#node VmSnapshot#node}
    */
    readonly nodeAttribute: string;
    /**
    * Id of the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#vmid VmSnapshot#vmid}
    */
    readonly vmid: number;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#timeouts VmSnapshot#timeouts}
    */
    readonly timeouts?: VmSnapshotTimeouts;
}
export interface VmSnapshotTimeouts {
    /**
    * How long to wait for create before giving up (default 20m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#create VmSnapshot#create}
    */
    readonly create?: string;
    /**
    * How long to wait for delete before giving up (default 20m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#delete VmSnapshot#delete}
    */
    readonly delete?: string;
}
export declare function vmSnapshotTimeoutsToTerraform(struct?: VmSnapshotTimeouts | cdktf.IResolvable): any;
export declare function vmSnapshotTimeoutsToHclTerraform(struct?: VmSnapshotTimeouts | cdktf.IResolvable): any;
export declare class VmSnapshotTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VmSnapshotTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VmSnapshotTimeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot proxmox_vm_snapshot}
*/
export declare class VmSnapshot extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_vm_snapshot";
    /**
    * Generates CDKTF code for importing a VmSnapshot resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VmSnapshot to import
    * @param importFromId The id of the existing VmSnapshot that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VmSnapshot to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm_snapshot proxmox_vm_snapshot} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VmSnapshotConfig
    */
    constructor(scope: Construct, id: string, config: VmSnapshotConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    get id(): string;
    private _includeRam?;
    get includeRam(): boolean | cdktf.IResolvable;
    set includeRam(value: boolean | cdktf.IResolvable);
    resetIncludeRam(): void;
    get includeRamInput(): boolean | cdktf.IResolvable | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _vmid?;
    get vmid(): number;
    set vmid(value: number);
    get vmidInput(): number | undefined;
    private _timeouts;
    get timeouts(): VmSnapshotTimeoutsOutputReference;
    putTimeouts(value: VmSnapshotTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VmSnapshotTimeouts | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
