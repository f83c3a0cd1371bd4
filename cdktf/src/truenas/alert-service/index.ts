// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AlertServiceConfig extends cdktf.TerraformMetaArguments {
  /**
  * OpsGenie or VictorOps: the API key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#api_key AlertService#api_key}
  */
  readonly apiKey?: string;
  /**
  * OpsGenie: the API URL (empty: the default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#api_url AlertService#api_url}
  */
  readonly apiUrl?: string;
  /**
  * AWS SNS: the access key id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#aws_access_key_id AlertService#aws_access_key_id}
  */
  readonly awsAccessKeyId?: string;
  /**
  * AWS SNS: the secret access key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#aws_secret_access_key AlertService#aws_secret_access_key}
  */
  readonly awsSecretAccessKey?: string;
  /**
  * Telegram: the bot token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#bot_token AlertService#bot_token}
  */
  readonly botToken?: string;
  /**
  * Mattermost: the channel to post in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#channel AlertService#channel}
  */
  readonly channel?: string;
  /**
  * Telegram: the chat ids to send to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#chat_ids AlertService#chat_ids}
  */
  readonly chatIds?: number[];
  /**
  * PagerDuty: the client name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#client_name AlertService#client_name}
  */
  readonly clientName?: string;
  /**
  * SNMP trap: the v2c community.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#community AlertService#community}
  */
  readonly community?: string;
  /**
  * InfluxDB: the database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#database AlertService#database}
  */
  readonly database?: string;
  /**
  * Mail: the address to send to (empty: the local administrators).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#email AlertService#email}
  */
  readonly email?: string;
  /**
  * Whether alerts are sent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#enabled AlertService#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * InfluxDB or SNMP trap: the receiving host.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#host AlertService#host}
  */
  readonly host?: string;
  /**
  * Mattermost: icon of the posts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#icon_url AlertService#icon_url}
  */
  readonly iconUrl?: string;
  /**
  * The lowest level sent: INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#level AlertService#level}
  */
  readonly level?: string;
  /**
  * A name for the service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#name AlertService#name}
  */
  readonly name: string;
  /**
  * InfluxDB: the password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#password AlertService#password}
  */
  readonly password?: string;
  /**
  * SNMP trap: the receiving port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#port AlertService#port}
  */
  readonly port?: number;
  /**
  * AWS SNS: the region.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#region AlertService#region}
  */
  readonly region?: string;
  /**
  * VictorOps: the routing key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#routing_key AlertService#routing_key}
  */
  readonly routingKey?: string;
  /**
  * Secret settings, write-only, by name (url, api_key, routing_key, service_key, bot_token, aws_secret_access_key, password, community, v3_authkey, v3_privkey): sent to TrueNAS with every create and update but never stored in the plan or state (Terraform 1.11+); the named settings then stay null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#secrets_wo AlertService#secrets_wo}
  */
  readonly secretsWo?: { [key: string]: string };
  /**
  * Required with secrets_wo; change it to send new secrets_wo values.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#secrets_wo_version AlertService#secrets_wo_version}
  */
  readonly secretsWoVersion?: number;
  /**
  * InfluxDB: the series name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#series_name AlertService#series_name}
  */
  readonly seriesName?: string;
  /**
  * PagerDuty: the integration (service) key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#service_key AlertService#service_key}
  */
  readonly serviceKey?: string;
  /**
  * AWS SNS: the topic ARN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#topic_arn AlertService#topic_arn}
  */
  readonly topicArn?: string;
  /**
  * The service type: AWSSNS, InfluxDB, Mail, Mattermost, OpsGenie, PagerDuty, Slack, SNMPTrap, Telegram, VictorOps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#type AlertService#type}
  */
  readonly type: string;
  /**
  * Slack or Mattermost: the incoming webhook URL (it carries the secret).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#url AlertService#url}
  */
  readonly url?: string;
  /**
  * Mattermost: the user to post as. InfluxDB: the user to log in as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#username AlertService#username}
  */
  readonly username?: string;
  /**
  * SNMP trap: send SNMPv3 traps (else v2c with community).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3 AlertService#v3}
  */
  readonly v3?: boolean | cdktf.IResolvable;
  /**
  * SNMP trap: the v3 authentication key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3_authkey AlertService#v3_authkey}
  */
  readonly v3Authkey?: string;
  /**
  * SNMP trap: MD5, SHA, 128SHA224, 192SHA256, 256SHA384 or 384SHA512.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3_authprotocol AlertService#v3_authprotocol}
  */
  readonly v3Authprotocol?: string;
  /**
  * SNMP trap: the v3 privacy key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3_privkey AlertService#v3_privkey}
  */
  readonly v3Privkey?: string;
  /**
  * SNMP trap: DES, 3DESEDE, AESCFB128, AESCFB192, AESCFB256, AESBLUMENTHALCFB192 or AESBLUMENTHALCFB256.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3_privprotocol AlertService#v3_privprotocol}
  */
  readonly v3Privprotocol?: string;
  /**
  * SNMP trap: the v3 user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#v3_username AlertService#v3_username}
  */
  readonly v3Username?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service truenas_alert_service}
*/
export class AlertService extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_alert_service";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AlertService resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AlertService to import
  * @param importFromId The id of the existing AlertService that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AlertService to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_alert_service", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_service truenas_alert_service} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AlertServiceConfig
  */
  public constructor(scope: Construct, id: string, config: AlertServiceConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_alert_service',
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
    this._apiKey = config.apiKey;
    this._apiUrl = config.apiUrl;
    this._awsAccessKeyId = config.awsAccessKeyId;
    this._awsSecretAccessKey = config.awsSecretAccessKey;
    this._botToken = config.botToken;
    this._channel = config.channel;
    this._chatIds = config.chatIds;
    this._clientName = config.clientName;
    this._community = config.community;
    this._database = config.database;
    this._email = config.email;
    this._enabled = config.enabled;
    this._host = config.host;
    this._iconUrl = config.iconUrl;
    this._level = config.level;
    this._name = config.name;
    this._password = config.password;
    this._port = config.port;
    this._region = config.region;
    this._routingKey = config.routingKey;
    this._secretsWo = config.secretsWo;
    this._secretsWoVersion = config.secretsWoVersion;
    this._seriesName = config.seriesName;
    this._serviceKey = config.serviceKey;
    this._topicArn = config.topicArn;
    this._type = config.type;
    this._url = config.url;
    this._username = config.username;
    this._v3 = config.v3;
    this._v3Authkey = config.v3Authkey;
    this._v3Authprotocol = config.v3Authprotocol;
    this._v3Privkey = config.v3Privkey;
    this._v3Privprotocol = config.v3Privprotocol;
    this._v3Username = config.v3Username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_url - computed: false, optional: true, required: false
  private _apiUrl?: string; 
  public get apiUrl() {
    return this.getStringAttribute('api_url');
  }
  public set apiUrl(value: string) {
    this._apiUrl = value;
  }
  public resetApiUrl() {
    this._apiUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiUrlInput() {
    return this._apiUrl;
  }

  // aws_access_key_id - computed: false, optional: true, required: false
  private _awsAccessKeyId?: string; 
  public get awsAccessKeyId() {
    return this.getStringAttribute('aws_access_key_id');
  }
  public set awsAccessKeyId(value: string) {
    this._awsAccessKeyId = value;
  }
  public resetAwsAccessKeyId() {
    this._awsAccessKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsAccessKeyIdInput() {
    return this._awsAccessKeyId;
  }

  // aws_secret_access_key - computed: false, optional: true, required: false
  private _awsSecretAccessKey?: string; 
  public get awsSecretAccessKey() {
    return this.getStringAttribute('aws_secret_access_key');
  }
  public set awsSecretAccessKey(value: string) {
    this._awsSecretAccessKey = value;
  }
  public resetAwsSecretAccessKey() {
    this._awsSecretAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsSecretAccessKeyInput() {
    return this._awsSecretAccessKey;
  }

  // bot_token - computed: false, optional: true, required: false
  private _botToken?: string; 
  public get botToken() {
    return this.getStringAttribute('bot_token');
  }
  public set botToken(value: string) {
    this._botToken = value;
  }
  public resetBotToken() {
    this._botToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get botTokenInput() {
    return this._botToken;
  }

  // channel - computed: false, optional: true, required: false
  private _channel?: string; 
  public get channel() {
    return this.getStringAttribute('channel');
  }
  public set channel(value: string) {
    this._channel = value;
  }
  public resetChannel() {
    this._channel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get channelInput() {
    return this._channel;
  }

  // chat_ids - computed: false, optional: true, required: false
  private _chatIds?: number[]; 
  public get chatIds() {
    return this.getNumberListAttribute('chat_ids');
  }
  public set chatIds(value: number[]) {
    this._chatIds = value;
  }
  public resetChatIds() {
    this._chatIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chatIdsInput() {
    return this._chatIds;
  }

  // client_name - computed: false, optional: true, required: false
  private _clientName?: string; 
  public get clientName() {
    return this.getStringAttribute('client_name');
  }
  public set clientName(value: string) {
    this._clientName = value;
  }
  public resetClientName() {
    this._clientName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientNameInput() {
    return this._clientName;
  }

  // community - computed: false, optional: true, required: false
  private _community?: string; 
  public get community() {
    return this.getStringAttribute('community');
  }
  public set community(value: string) {
    this._community = value;
  }
  public resetCommunity() {
    this._community = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityInput() {
    return this._community;
  }

  // database - computed: false, optional: true, required: false
  private _database?: string; 
  public get database() {
    return this.getStringAttribute('database');
  }
  public set database(value: string) {
    this._database = value;
  }
  public resetDatabase() {
    this._database = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseInput() {
    return this._database;
  }

  // email - computed: false, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // icon_url - computed: false, optional: true, required: false
  private _iconUrl?: string; 
  public get iconUrl() {
    return this.getStringAttribute('icon_url');
  }
  public set iconUrl(value: string) {
    this._iconUrl = value;
  }
  public resetIconUrl() {
    this._iconUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iconUrlInput() {
    return this._iconUrl;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // level - computed: true, optional: true, required: false
  private _level?: string; 
  public get level() {
    return this.getStringAttribute('level');
  }
  public set level(value: string) {
    this._level = value;
  }
  public resetLevel() {
    this._level = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // routing_key - computed: false, optional: true, required: false
  private _routingKey?: string; 
  public get routingKey() {
    return this.getStringAttribute('routing_key');
  }
  public set routingKey(value: string) {
    this._routingKey = value;
  }
  public resetRoutingKey() {
    this._routingKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routingKeyInput() {
    return this._routingKey;
  }

  // secrets_wo - computed: false, optional: true, required: false
  private _secretsWo?: { [key: string]: string }; 
  public get secretsWo() {
    return this.getStringMapAttribute('secrets_wo');
  }
  public set secretsWo(value: { [key: string]: string }) {
    this._secretsWo = value;
  }
  public resetSecretsWo() {
    this._secretsWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoInput() {
    return this._secretsWo;
  }

  // secrets_wo_version - computed: false, optional: true, required: false
  private _secretsWoVersion?: number; 
  public get secretsWoVersion() {
    return this.getNumberAttribute('secrets_wo_version');
  }
  public set secretsWoVersion(value: number) {
    this._secretsWoVersion = value;
  }
  public resetSecretsWoVersion() {
    this._secretsWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoVersionInput() {
    return this._secretsWoVersion;
  }

  // series_name - computed: false, optional: true, required: false
  private _seriesName?: string; 
  public get seriesName() {
    return this.getStringAttribute('series_name');
  }
  public set seriesName(value: string) {
    this._seriesName = value;
  }
  public resetSeriesName() {
    this._seriesName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seriesNameInput() {
    return this._seriesName;
  }

  // service_key - computed: false, optional: true, required: false
  private _serviceKey?: string; 
  public get serviceKey() {
    return this.getStringAttribute('service_key');
  }
  public set serviceKey(value: string) {
    this._serviceKey = value;
  }
  public resetServiceKey() {
    this._serviceKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceKeyInput() {
    return this._serviceKey;
  }

  // topic_arn - computed: false, optional: true, required: false
  private _topicArn?: string; 
  public get topicArn() {
    return this.getStringAttribute('topic_arn');
  }
  public set topicArn(value: string) {
    this._topicArn = value;
  }
  public resetTopicArn() {
    this._topicArn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicArnInput() {
    return this._topicArn;
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

  // url - computed: false, optional: true, required: false
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // v3 - computed: false, optional: true, required: false
  private _v3?: boolean | cdktf.IResolvable; 
  public get v3() {
    return this.getBooleanAttribute('v3');
  }
  public set v3(value: boolean | cdktf.IResolvable) {
    this._v3 = value;
  }
  public resetV3() {
    this._v3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3Input() {
    return this._v3;
  }

  // v3_authkey - computed: false, optional: true, required: false
  private _v3Authkey?: string; 
  public get v3Authkey() {
    return this.getStringAttribute('v3_authkey');
  }
  public set v3Authkey(value: string) {
    this._v3Authkey = value;
  }
  public resetV3Authkey() {
    this._v3Authkey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3AuthkeyInput() {
    return this._v3Authkey;
  }

  // v3_authprotocol - computed: false, optional: true, required: false
  private _v3Authprotocol?: string; 
  public get v3Authprotocol() {
    return this.getStringAttribute('v3_authprotocol');
  }
  public set v3Authprotocol(value: string) {
    this._v3Authprotocol = value;
  }
  public resetV3Authprotocol() {
    this._v3Authprotocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3AuthprotocolInput() {
    return this._v3Authprotocol;
  }

  // v3_privkey - computed: false, optional: true, required: false
  private _v3Privkey?: string; 
  public get v3Privkey() {
    return this.getStringAttribute('v3_privkey');
  }
  public set v3Privkey(value: string) {
    this._v3Privkey = value;
  }
  public resetV3Privkey() {
    this._v3Privkey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivkeyInput() {
    return this._v3Privkey;
  }

  // v3_privprotocol - computed: false, optional: true, required: false
  private _v3Privprotocol?: string; 
  public get v3Privprotocol() {
    return this.getStringAttribute('v3_privprotocol');
  }
  public set v3Privprotocol(value: string) {
    this._v3Privprotocol = value;
  }
  public resetV3Privprotocol() {
    this._v3Privprotocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3PrivprotocolInput() {
    return this._v3Privprotocol;
  }

  // v3_username - computed: false, optional: true, required: false
  private _v3Username?: string; 
  public get v3Username() {
    return this.getStringAttribute('v3_username');
  }
  public set v3Username(value: string) {
    this._v3Username = value;
  }
  public resetV3Username() {
    this._v3Username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v3UsernameInput() {
    return this._v3Username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      api_url: cdktf.stringToTerraform(this._apiUrl),
      aws_access_key_id: cdktf.stringToTerraform(this._awsAccessKeyId),
      aws_secret_access_key: cdktf.stringToTerraform(this._awsSecretAccessKey),
      bot_token: cdktf.stringToTerraform(this._botToken),
      channel: cdktf.stringToTerraform(this._channel),
      chat_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._chatIds),
      client_name: cdktf.stringToTerraform(this._clientName),
      community: cdktf.stringToTerraform(this._community),
      database: cdktf.stringToTerraform(this._database),
      email: cdktf.stringToTerraform(this._email),
      enabled: cdktf.booleanToTerraform(this._enabled),
      host: cdktf.stringToTerraform(this._host),
      icon_url: cdktf.stringToTerraform(this._iconUrl),
      level: cdktf.stringToTerraform(this._level),
      name: cdktf.stringToTerraform(this._name),
      password: cdktf.stringToTerraform(this._password),
      port: cdktf.numberToTerraform(this._port),
      region: cdktf.stringToTerraform(this._region),
      routing_key: cdktf.stringToTerraform(this._routingKey),
      secrets_wo: cdktf.hashMapper(cdktf.stringToTerraform)(this._secretsWo),
      secrets_wo_version: cdktf.numberToTerraform(this._secretsWoVersion),
      series_name: cdktf.stringToTerraform(this._seriesName),
      service_key: cdktf.stringToTerraform(this._serviceKey),
      topic_arn: cdktf.stringToTerraform(this._topicArn),
      type: cdktf.stringToTerraform(this._type),
      url: cdktf.stringToTerraform(this._url),
      username: cdktf.stringToTerraform(this._username),
      v3: cdktf.booleanToTerraform(this._v3),
      v3_authkey: cdktf.stringToTerraform(this._v3Authkey),
      v3_authprotocol: cdktf.stringToTerraform(this._v3Authprotocol),
      v3_privkey: cdktf.stringToTerraform(this._v3Privkey),
      v3_privprotocol: cdktf.stringToTerraform(this._v3Privprotocol),
      v3_username: cdktf.stringToTerraform(this._v3Username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_url: {
        value: cdktf.stringToHclTerraform(this._apiUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_access_key_id: {
        value: cdktf.stringToHclTerraform(this._awsAccessKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_secret_access_key: {
        value: cdktf.stringToHclTerraform(this._awsSecretAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bot_token: {
        value: cdktf.stringToHclTerraform(this._botToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      channel: {
        value: cdktf.stringToHclTerraform(this._channel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      chat_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._chatIds),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      client_name: {
        value: cdktf.stringToHclTerraform(this._clientName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      community: {
        value: cdktf.stringToHclTerraform(this._community),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database: {
        value: cdktf.stringToHclTerraform(this._database),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email: {
        value: cdktf.stringToHclTerraform(this._email),
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
      host: {
        value: cdktf.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      icon_url: {
        value: cdktf.stringToHclTerraform(this._iconUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      level: {
        value: cdktf.stringToHclTerraform(this._level),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
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
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      routing_key: {
        value: cdktf.stringToHclTerraform(this._routingKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secrets_wo: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._secretsWo),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      secrets_wo_version: {
        value: cdktf.numberToHclTerraform(this._secretsWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      series_name: {
        value: cdktf.stringToHclTerraform(this._seriesName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_key: {
        value: cdktf.stringToHclTerraform(this._serviceKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic_arn: {
        value: cdktf.stringToHclTerraform(this._topicArn),
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
      url: {
        value: cdktf.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3: {
        value: cdktf.booleanToHclTerraform(this._v3),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      v3_authkey: {
        value: cdktf.stringToHclTerraform(this._v3Authkey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_authprotocol: {
        value: cdktf.stringToHclTerraform(this._v3Authprotocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_privkey: {
        value: cdktf.stringToHclTerraform(this._v3Privkey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_privprotocol: {
        value: cdktf.stringToHclTerraform(this._v3Privprotocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v3_username: {
        value: cdktf.stringToHclTerraform(this._v3Username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
