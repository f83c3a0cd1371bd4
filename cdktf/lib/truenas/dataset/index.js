"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Dataset = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset}
*/
class Dataset extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_dataset";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Dataset resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Dataset to import
    * @param importFromId The id of the existing Dataset that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Dataset to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_dataset", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/dataset truenas_dataset} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DatasetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_dataset',
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
        this._atime = config.atime;
        this._comments = config.comments;
        this._compression = config.compression;
        this._deduplication = config.deduplication;
        this._exec = config.exec;
        this._name = config.name;
        this._quota = config.quota;
        this._readonly = config.readonly;
        this._recordsize = config.recordsize;
        this._refquota = config.refquota;
        this._refreservation = config.refreservation;
        this._reservation = config.reservation;
        this._shareType = config.shareType;
        this._sync = config.sync;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // atime - computed: true, optional: true, required: false
    _atime;
    get atime() {
        return this.getBooleanAttribute('atime');
    }
    set atime(value) {
        this._atime = value;
    }
    resetAtime() {
        this._atime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get atimeInput() {
        return this._atime;
    }
    // available - computed: true, optional: false, required: false
    get available() {
        return this.getNumberAttribute('available');
    }
    // comments - computed: true, optional: true, required: false
    _comments;
    get comments() {
        return this.getStringAttribute('comments');
    }
    set comments(value) {
        this._comments = value;
    }
    resetComments() {
        this._comments = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentsInput() {
        return this._comments;
    }
    // compression - computed: true, optional: true, required: false
    _compression;
    get compression() {
        return this.getStringAttribute('compression');
    }
    set compression(value) {
        this._compression = value;
    }
    resetCompression() {
        this._compression = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get compressionInput() {
        return this._compression;
    }
    // deduplication - computed: true, optional: true, required: false
    _deduplication;
    get deduplication() {
        return this.getStringAttribute('deduplication');
    }
    set deduplication(value) {
        this._deduplication = value;
    }
    resetDeduplication() {
        this._deduplication = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deduplicationInput() {
        return this._deduplication;
    }
    // exec - computed: true, optional: true, required: false
    _exec;
    get exec() {
        return this.getBooleanAttribute('exec');
    }
    set exec(value) {
        this._exec = value;
    }
    resetExec() {
        this._exec = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get execInput() {
        return this._exec;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // mountpoint - computed: true, optional: false, required: false
    get mountpoint() {
        return this.getStringAttribute('mountpoint');
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // quota - computed: true, optional: true, required: false
    _quota;
    get quota() {
        return this.getNumberAttribute('quota');
    }
    set quota(value) {
        this._quota = value;
    }
    resetQuota() {
        this._quota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get quotaInput() {
        return this._quota;
    }
    // readonly - computed: true, optional: true, required: false
    _readonly;
    get readonly() {
        return this.getBooleanAttribute('readonly');
    }
    set readonly(value) {
        this._readonly = value;
    }
    resetReadonly() {
        this._readonly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readonlyInput() {
        return this._readonly;
    }
    // recordsize - computed: true, optional: true, required: false
    _recordsize;
    get recordsize() {
        return this.getStringAttribute('recordsize');
    }
    set recordsize(value) {
        this._recordsize = value;
    }
    resetRecordsize() {
        this._recordsize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get recordsizeInput() {
        return this._recordsize;
    }
    // refquota - computed: true, optional: true, required: false
    _refquota;
    get refquota() {
        return this.getNumberAttribute('refquota');
    }
    set refquota(value) {
        this._refquota = value;
    }
    resetRefquota() {
        this._refquota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get refquotaInput() {
        return this._refquota;
    }
    // refreservation - computed: true, optional: true, required: false
    _refreservation;
    get refreservation() {
        return this.getNumberAttribute('refreservation');
    }
    set refreservation(value) {
        this._refreservation = value;
    }
    resetRefreservation() {
        this._refreservation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get refreservationInput() {
        return this._refreservation;
    }
    // reservation - computed: true, optional: true, required: false
    _reservation;
    get reservation() {
        return this.getNumberAttribute('reservation');
    }
    set reservation(value) {
        this._reservation = value;
    }
    resetReservation() {
        this._reservation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reservationInput() {
        return this._reservation;
    }
    // share_type - computed: false, optional: true, required: false
    _shareType;
    get shareType() {
        return this.getStringAttribute('share_type');
    }
    set shareType(value) {
        this._shareType = value;
    }
    resetShareType() {
        this._shareType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shareTypeInput() {
        return this._shareType;
    }
    // sync - computed: true, optional: true, required: false
    _sync;
    get sync() {
        return this.getStringAttribute('sync');
    }
    set sync(value) {
        this._sync = value;
    }
    resetSync() {
        this._sync = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get syncInput() {
        return this._sync;
    }
    // used - computed: true, optional: false, required: false
    get used() {
        return this.getNumberAttribute('used');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            atime: cdktf.booleanToTerraform(this._atime),
            comments: cdktf.stringToTerraform(this._comments),
            compression: cdktf.stringToTerraform(this._compression),
            deduplication: cdktf.stringToTerraform(this._deduplication),
            exec: cdktf.booleanToTerraform(this._exec),
            name: cdktf.stringToTerraform(this._name),
            quota: cdktf.numberToTerraform(this._quota),
            readonly: cdktf.booleanToTerraform(this._readonly),
            recordsize: cdktf.stringToTerraform(this._recordsize),
            refquota: cdktf.numberToTerraform(this._refquota),
            refreservation: cdktf.numberToTerraform(this._refreservation),
            reservation: cdktf.numberToTerraform(this._reservation),
            share_type: cdktf.stringToTerraform(this._shareType),
            sync: cdktf.stringToTerraform(this._sync),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            atime: {
                value: cdktf.booleanToHclTerraform(this._atime),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            comments: {
                value: cdktf.stringToHclTerraform(this._comments),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            compression: {
                value: cdktf.stringToHclTerraform(this._compression),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deduplication: {
                value: cdktf.stringToHclTerraform(this._deduplication),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            exec: {
                value: cdktf.booleanToHclTerraform(this._exec),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            quota: {
                value: cdktf.numberToHclTerraform(this._quota),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            readonly: {
                value: cdktf.booleanToHclTerraform(this._readonly),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            recordsize: {
                value: cdktf.stringToHclTerraform(this._recordsize),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            refquota: {
                value: cdktf.numberToHclTerraform(this._refquota),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            refreservation: {
                value: cdktf.numberToHclTerraform(this._refreservation),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            reservation: {
                value: cdktf.numberToHclTerraform(this._reservation),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            share_type: {
                value: cdktf.stringToHclTerraform(this._shareType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            sync: {
                value: cdktf.stringToHclTerraform(this._sync),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Dataset = Dataset;
