"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_extent
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiExtent = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_extent truenas_iscsi_extent}
*/
class IscsiExtent extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_extent";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiExtent resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiExtent to import
    * @param importFromId The id of the existing IscsiExtent that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_extent#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiExtent to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_extent", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_extent truenas_iscsi_extent} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiExtentConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_extent',
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
        this._blocksize = config.blocksize;
        this._comment = config.comment;
        this._enabled = config.enabled;
        this._filesize = config.filesize;
        this._insecureTpc = config.insecureTpc;
        this._name = config.name;
        this._path = config.path;
        this._pblocksize = config.pblocksize;
        this._ro = config.ro;
        this._rpm = config.rpm;
        this._serial = config.serial;
        this._type = config.type;
        this._xen = config.xen;
        this._zvol = config.zvol;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // blocksize - computed: true, optional: true, required: false
    _blocksize;
    get blocksize() {
        return this.getNumberAttribute('blocksize');
    }
    set blocksize(value) {
        this._blocksize = value;
    }
    resetBlocksize() {
        this._blocksize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blocksizeInput() {
        return this._blocksize;
    }
    // comment - computed: true, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // enabled - computed: true, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // filesize - computed: false, optional: true, required: false
    _filesize;
    get filesize() {
        return this.getNumberAttribute('filesize');
    }
    set filesize(value) {
        this._filesize = value;
    }
    resetFilesize() {
        this._filesize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get filesizeInput() {
        return this._filesize;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // insecure_tpc - computed: true, optional: true, required: false
    _insecureTpc;
    get insecureTpc() {
        return this.getBooleanAttribute('insecure_tpc');
    }
    set insecureTpc(value) {
        this._insecureTpc = value;
    }
    resetInsecureTpc() {
        this._insecureTpc = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureTpcInput() {
        return this._insecureTpc;
    }
    // naa - computed: true, optional: false, required: false
    get naa() {
        return this.getStringAttribute('naa');
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
    // path - computed: false, optional: true, required: false
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    resetPath() {
        this._path = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // pblocksize - computed: true, optional: true, required: false
    _pblocksize;
    get pblocksize() {
        return this.getBooleanAttribute('pblocksize');
    }
    set pblocksize(value) {
        this._pblocksize = value;
    }
    resetPblocksize() {
        this._pblocksize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pblocksizeInput() {
        return this._pblocksize;
    }
    // ro - computed: true, optional: true, required: false
    _ro;
    get ro() {
        return this.getBooleanAttribute('ro');
    }
    set ro(value) {
        this._ro = value;
    }
    resetRo() {
        this._ro = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get roInput() {
        return this._ro;
    }
    // rpm - computed: true, optional: true, required: false
    _rpm;
    get rpm() {
        return this.getStringAttribute('rpm');
    }
    set rpm(value) {
        this._rpm = value;
    }
    resetRpm() {
        this._rpm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rpmInput() {
        return this._rpm;
    }
    // serial - computed: true, optional: true, required: false
    _serial;
    get serial() {
        return this.getStringAttribute('serial');
    }
    set serial(value) {
        this._serial = value;
    }
    resetSerial() {
        this._serial = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serialInput() {
        return this._serial;
    }
    // type - computed: true, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // xen - computed: true, optional: true, required: false
    _xen;
    get xen() {
        return this.getBooleanAttribute('xen');
    }
    set xen(value) {
        this._xen = value;
    }
    resetXen() {
        this._xen = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get xenInput() {
        return this._xen;
    }
    // zvol - computed: false, optional: true, required: false
    _zvol;
    get zvol() {
        return this.getStringAttribute('zvol');
    }
    set zvol(value) {
        this._zvol = value;
    }
    resetZvol() {
        this._zvol = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get zvolInput() {
        return this._zvol;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            blocksize: cdktf.numberToTerraform(this._blocksize),
            comment: cdktf.stringToTerraform(this._comment),
            enabled: cdktf.booleanToTerraform(this._enabled),
            filesize: cdktf.numberToTerraform(this._filesize),
            insecure_tpc: cdktf.booleanToTerraform(this._insecureTpc),
            name: cdktf.stringToTerraform(this._name),
            path: cdktf.stringToTerraform(this._path),
            pblocksize: cdktf.booleanToTerraform(this._pblocksize),
            ro: cdktf.booleanToTerraform(this._ro),
            rpm: cdktf.stringToTerraform(this._rpm),
            serial: cdktf.stringToTerraform(this._serial),
            type: cdktf.stringToTerraform(this._type),
            xen: cdktf.booleanToTerraform(this._xen),
            zvol: cdktf.stringToTerraform(this._zvol),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            blocksize: {
                value: cdktf.numberToHclTerraform(this._blocksize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            filesize: {
                value: cdktf.numberToHclTerraform(this._filesize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            insecure_tpc: {
                value: cdktf.booleanToHclTerraform(this._insecureTpc),
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
            path: {
                value: cdktf.stringToHclTerraform(this._path),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            pblocksize: {
                value: cdktf.booleanToHclTerraform(this._pblocksize),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ro: {
                value: cdktf.booleanToHclTerraform(this._ro),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            rpm: {
                value: cdktf.stringToHclTerraform(this._rpm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            serial: {
                value: cdktf.stringToHclTerraform(this._serial),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            xen: {
                value: cdktf.booleanToHclTerraform(this._xen),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            zvol: {
                value: cdktf.stringToHclTerraform(this._zvol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiExtent = IscsiExtent;
