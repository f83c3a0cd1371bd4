// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

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
export class IscsiInitiator extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_iscsi_initiator";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IscsiInitiator resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IscsiInitiator to import
  * @param importFromId The id of the existing IscsiInitiator that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IscsiInitiator to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_initiator", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator truenas_iscsi_initiator} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IscsiInitiatorConfig = {}
  */
  public constructor(scope: Construct, id: string, config: IscsiInitiatorConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_iscsi_initiator',
      terraformGeneratorMetadata: {
        providerName: 'truenas',
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
    this._comment = config.comment;
    this._initiators = config.initiators;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // comment - computed: true, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // initiators - computed: true, optional: true, required: false
  private _initiators?: string[]; 
  public get initiators() {
    return this.getListAttribute('initiators');
  }
  public set initiators(value: string[]) {
    this._initiators = value;
  }
  public resetInitiators() {
    this._initiators = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initiatorsInput() {
    return this._initiators;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      initiators: cdktf.listMapper(cdktf.stringToTerraform, false)(this._initiators),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      initiators: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._initiators),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
