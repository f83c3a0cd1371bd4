// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface MetricsServerConfig extends cdktf.TerraformMetaArguments {
  /**
  * influxdb (HTTP): API path prefix behind a reverse proxy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#api_path_prefix MetricsServer#api_path_prefix}
  */
  readonly apiPathPrefix?: string;
  /**
  * influxdb (HTTP): bucket (v2) or database (v1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#bucket MetricsServer#bucket}
  */
  readonly bucket?: string;
  /**
  * Stop sending metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#disable MetricsServer#disable}
  */
  readonly disable?: boolean | cdktf.IResolvable;
  /**
  * Server id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#id MetricsServer#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * influxdb: udp, http or https.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#influxdbproto MetricsServer#influxdbproto}
  */
  readonly influxdbproto?: string;
  /**
  * influxdb (HTTP): largest request body, bytes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#max_body_size MetricsServer#max_body_size}
  */
  readonly maxBodySize?: number;
  /**
  * graphite, influxdb (UDP): packet size.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#mtu MetricsServer#mtu}
  */
  readonly mtu?: number;
  /**
  * influxdb (HTTP, v2): organization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#organization MetricsServer#organization}
  */
  readonly organization?: string;
  /**
  * opentelemetry: none or gzip.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_compression MetricsServer#otel_compression}
  */
  readonly otelCompression?: string;
  /**
  * opentelemetry: OTLP path (server default /v1/metrics).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_path MetricsServer#otel_path}
  */
  readonly otelPath?: string;
  /**
  * opentelemetry: http or https.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_protocol MetricsServer#otel_protocol}
  */
  readonly otelProtocol?: string;
  /**
  * opentelemetry: extra resource attributes, a JSON object of string values such as jsonencode({ "service.namespace" = "lab" }); the provider sends it base64-encoded, as the node wants it (a base64-encoded object is taken as it is). At most 1024 characters once encoded.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_resource_attributes MetricsServer#otel_resource_attributes}
  */
  readonly otelResourceAttributes?: string;
  /**
  * opentelemetry: timeout, 1 to 10 seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_timeout MetricsServer#otel_timeout}
  */
  readonly otelTimeout?: number;
  /**
  * opentelemetry: verify the certificate (server default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#otel_verify_ssl MetricsServer#otel_verify_ssl}
  */
  readonly otelVerifySsl?: boolean | cdktf.IResolvable;
  /**
  * graphite: root path of the metrics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#path MetricsServer#path}
  */
  readonly path?: string;
  /**
  * Server port (graphite usually 2003, InfluxDB 8089 UDP or 8086 HTTP).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#port MetricsServer#port}
  */
  readonly port: number;
  /**
  * graphite: udp or tcp.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#proto MetricsServer#proto}
  */
  readonly proto?: string;
  /**
  * Server address (host name or IP).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#server MetricsServer#server}
  */
  readonly server: string;
  /**
  * graphite, influxdb: timeout in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#timeout MetricsServer#timeout}
  */
  readonly timeout?: number;
  /**
  * influxdb (HTTP): API token. Never read back, so a change made outside Terraform is not seen; removing it (and token_wo) deletes the token on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#token MetricsServer#token}
  */
  readonly token?: string;
  /**
  * influxdb (HTTP): API token, write-only (Terraform 1.11+): sent on create and when token_wo_version changes, never stored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#token_wo MetricsServer#token_wo}
  */
  readonly tokenWo?: string;
  /**
  * Change it to send token_wo again; required with token_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#token_wo_version MetricsServer#token_wo_version}
  */
  readonly tokenWoVersion?: number;
  /**
  * graphite, influxdb or opentelemetry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#type MetricsServer#type}
  */
  readonly type: string;
  /**
  * influxdb (HTTPS): verify the certificate (server default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#verify_certificate MetricsServer#verify_certificate}
  */
  readonly verifyCertificate?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server proxmox_metrics_server}
*/
export class MetricsServer extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_metrics_server";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a MetricsServer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the MetricsServer to import
  * @param importFromId The id of the existing MetricsServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the MetricsServer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_metrics_server", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/metrics_server proxmox_metrics_server} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options MetricsServerConfig
  */
  public constructor(scope: Construct, id: string, config: MetricsServerConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_metrics_server',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
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
    this._apiPathPrefix = config.apiPathPrefix;
    this._bucket = config.bucket;
    this._disable = config.disable;
    this._id = config.id;
    this._influxdbproto = config.influxdbproto;
    this._maxBodySize = config.maxBodySize;
    this._mtu = config.mtu;
    this._organization = config.organization;
    this._otelCompression = config.otelCompression;
    this._otelPath = config.otelPath;
    this._otelProtocol = config.otelProtocol;
    this._otelResourceAttributes = config.otelResourceAttributes;
    this._otelTimeout = config.otelTimeout;
    this._otelVerifySsl = config.otelVerifySsl;
    this._path = config.path;
    this._port = config.port;
    this._proto = config.proto;
    this._server = config.server;
    this._timeout = config.timeout;
    this._token = config.token;
    this._tokenWo = config.tokenWo;
    this._tokenWoVersion = config.tokenWoVersion;
    this._type = config.type;
    this._verifyCertificate = config.verifyCertificate;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_path_prefix - computed: false, optional: true, required: false
  private _apiPathPrefix?: string; 
  public get apiPathPrefix() {
    return this.getStringAttribute('api_path_prefix');
  }
  public set apiPathPrefix(value: string) {
    this._apiPathPrefix = value;
  }
  public resetApiPathPrefix() {
    this._apiPathPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiPathPrefixInput() {
    return this._apiPathPrefix;
  }

  // bucket - computed: false, optional: true, required: false
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  public resetBucket() {
    this._bucket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
  }

  // disable - computed: true, optional: true, required: false
  private _disable?: boolean | cdktf.IResolvable; 
  public get disable() {
    return this.getBooleanAttribute('disable');
  }
  public set disable(value: boolean | cdktf.IResolvable) {
    this._disable = value;
  }
  public resetDisable() {
    this._disable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableInput() {
    return this._disable;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // influxdbproto - computed: false, optional: true, required: false
  private _influxdbproto?: string; 
  public get influxdbproto() {
    return this.getStringAttribute('influxdbproto');
  }
  public set influxdbproto(value: string) {
    this._influxdbproto = value;
  }
  public resetInfluxdbproto() {
    this._influxdbproto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get influxdbprotoInput() {
    return this._influxdbproto;
  }

  // max_body_size - computed: false, optional: true, required: false
  private _maxBodySize?: number; 
  public get maxBodySize() {
    return this.getNumberAttribute('max_body_size');
  }
  public set maxBodySize(value: number) {
    this._maxBodySize = value;
  }
  public resetMaxBodySize() {
    this._maxBodySize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxBodySizeInput() {
    return this._maxBodySize;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // organization - computed: false, optional: true, required: false
  private _organization?: string; 
  public get organization() {
    return this.getStringAttribute('organization');
  }
  public set organization(value: string) {
    this._organization = value;
  }
  public resetOrganization() {
    this._organization = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationInput() {
    return this._organization;
  }

  // otel_compression - computed: false, optional: true, required: false
  private _otelCompression?: string; 
  public get otelCompression() {
    return this.getStringAttribute('otel_compression');
  }
  public set otelCompression(value: string) {
    this._otelCompression = value;
  }
  public resetOtelCompression() {
    this._otelCompression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelCompressionInput() {
    return this._otelCompression;
  }

  // otel_path - computed: false, optional: true, required: false
  private _otelPath?: string; 
  public get otelPath() {
    return this.getStringAttribute('otel_path');
  }
  public set otelPath(value: string) {
    this._otelPath = value;
  }
  public resetOtelPath() {
    this._otelPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelPathInput() {
    return this._otelPath;
  }

  // otel_protocol - computed: false, optional: true, required: false
  private _otelProtocol?: string; 
  public get otelProtocol() {
    return this.getStringAttribute('otel_protocol');
  }
  public set otelProtocol(value: string) {
    this._otelProtocol = value;
  }
  public resetOtelProtocol() {
    this._otelProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelProtocolInput() {
    return this._otelProtocol;
  }

  // otel_resource_attributes - computed: false, optional: true, required: false
  private _otelResourceAttributes?: string; 
  public get otelResourceAttributes() {
    return this.getStringAttribute('otel_resource_attributes');
  }
  public set otelResourceAttributes(value: string) {
    this._otelResourceAttributes = value;
  }
  public resetOtelResourceAttributes() {
    this._otelResourceAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelResourceAttributesInput() {
    return this._otelResourceAttributes;
  }

  // otel_timeout - computed: false, optional: true, required: false
  private _otelTimeout?: number; 
  public get otelTimeout() {
    return this.getNumberAttribute('otel_timeout');
  }
  public set otelTimeout(value: number) {
    this._otelTimeout = value;
  }
  public resetOtelTimeout() {
    this._otelTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelTimeoutInput() {
    return this._otelTimeout;
  }

  // otel_verify_ssl - computed: false, optional: true, required: false
  private _otelVerifySsl?: boolean | cdktf.IResolvable; 
  public get otelVerifySsl() {
    return this.getBooleanAttribute('otel_verify_ssl');
  }
  public set otelVerifySsl(value: boolean | cdktf.IResolvable) {
    this._otelVerifySsl = value;
  }
  public resetOtelVerifySsl() {
    this._otelVerifySsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otelVerifySslInput() {
    return this._otelVerifySsl;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: false, optional: false, required: true
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // proto - computed: false, optional: true, required: false
  private _proto?: string; 
  public get proto() {
    return this.getStringAttribute('proto');
  }
  public set proto(value: string) {
    this._proto = value;
  }
  public resetProto() {
    this._proto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protoInput() {
    return this._proto;
  }

  // server - computed: false, optional: false, required: true
  private _server?: string; 
  public get server() {
    return this.getStringAttribute('server');
  }
  public set server(value: string) {
    this._server = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: number; 
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }
  public set timeout(value: number) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: false, optional: true, required: false
  private _tokenWo?: string; 
  public get tokenWo() {
    return this.getStringAttribute('token_wo');
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: false, optional: true, required: false
  private _tokenWoVersion?: number; 
  public get tokenWoVersion() {
    return this.getNumberAttribute('token_wo_version');
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // verify_certificate - computed: false, optional: true, required: false
  private _verifyCertificate?: boolean | cdktf.IResolvable; 
  public get verifyCertificate() {
    return this.getBooleanAttribute('verify_certificate');
  }
  public set verifyCertificate(value: boolean | cdktf.IResolvable) {
    this._verifyCertificate = value;
  }
  public resetVerifyCertificate() {
    this._verifyCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verifyCertificateInput() {
    return this._verifyCertificate;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_path_prefix: cdktf.stringToTerraform(this._apiPathPrefix),
      bucket: cdktf.stringToTerraform(this._bucket),
      disable: cdktf.booleanToTerraform(this._disable),
      id: cdktf.stringToTerraform(this._id),
      influxdbproto: cdktf.stringToTerraform(this._influxdbproto),
      max_body_size: cdktf.numberToTerraform(this._maxBodySize),
      mtu: cdktf.numberToTerraform(this._mtu),
      organization: cdktf.stringToTerraform(this._organization),
      otel_compression: cdktf.stringToTerraform(this._otelCompression),
      otel_path: cdktf.stringToTerraform(this._otelPath),
      otel_protocol: cdktf.stringToTerraform(this._otelProtocol),
      otel_resource_attributes: cdktf.stringToTerraform(this._otelResourceAttributes),
      otel_timeout: cdktf.numberToTerraform(this._otelTimeout),
      otel_verify_ssl: cdktf.booleanToTerraform(this._otelVerifySsl),
      path: cdktf.stringToTerraform(this._path),
      port: cdktf.numberToTerraform(this._port),
      proto: cdktf.stringToTerraform(this._proto),
      server: cdktf.stringToTerraform(this._server),
      timeout: cdktf.numberToTerraform(this._timeout),
      token: cdktf.stringToTerraform(this._token),
      token_wo: cdktf.stringToTerraform(this._tokenWo),
      token_wo_version: cdktf.numberToTerraform(this._tokenWoVersion),
      type: cdktf.stringToTerraform(this._type),
      verify_certificate: cdktf.booleanToTerraform(this._verifyCertificate),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_path_prefix: {
        value: cdktf.stringToHclTerraform(this._apiPathPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bucket: {
        value: cdktf.stringToHclTerraform(this._bucket),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disable: {
        value: cdktf.booleanToHclTerraform(this._disable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      influxdbproto: {
        value: cdktf.stringToHclTerraform(this._influxdbproto),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_body_size: {
        value: cdktf.numberToHclTerraform(this._maxBodySize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      mtu: {
        value: cdktf.numberToHclTerraform(this._mtu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      organization: {
        value: cdktf.stringToHclTerraform(this._organization),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      otel_compression: {
        value: cdktf.stringToHclTerraform(this._otelCompression),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      otel_path: {
        value: cdktf.stringToHclTerraform(this._otelPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      otel_protocol: {
        value: cdktf.stringToHclTerraform(this._otelProtocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      otel_resource_attributes: {
        value: cdktf.stringToHclTerraform(this._otelResourceAttributes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      otel_timeout: {
        value: cdktf.numberToHclTerraform(this._otelTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      otel_verify_ssl: {
        value: cdktf.booleanToHclTerraform(this._otelVerifySsl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      proto: {
        value: cdktf.stringToHclTerraform(this._proto),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server: {
        value: cdktf.stringToHclTerraform(this._server),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout: {
        value: cdktf.numberToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo: {
        value: cdktf.stringToHclTerraform(this._tokenWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo_version: {
        value: cdktf.numberToHclTerraform(this._tokenWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      verify_certificate: {
        value: cdktf.booleanToHclTerraform(this._verifyCertificate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
