// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CertificateConfig extends cdktf.TerraformMetaArguments {
  /**
  * ACME directory, e.g. "https://acme-staging-v02.api.letsencrypt.org/directory" or "https://acme-v02.api.letsencrypt.org/directory".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#acme_directory_uri Certificate#acme_directory_uri}
  */
  readonly acmeDirectoryUri?: string;
  /**
  * Add the certificate to the system's trusted store (not for a CSR). Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#add_to_trusted_store Certificate#add_to_trusted_store}
  */
  readonly addToTrustedStore?: boolean | cdktf.IResolvable;
  /**
  * PEM certificate (its chain may follow) to import. Computed for an ACME certificate (the issued chain); null for a CSR. Changing it replaces the certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#certificate Certificate#certificate}
  */
  readonly certificate?: string;
  /**
  * Locality (L). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#city Certificate#city}
  */
  readonly city?: string;
  /**
  * Common name (CN). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#common Certificate#common}
  */
  readonly common?: string;
  /**
  * Country, a two-letter code (C). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#country Certificate#country}
  */
  readonly country?: string;
  /**
  * PEM certificate signing request to import (with its private key); computed for a CSR TrueNAS makes, to be signed elsewhere. Changing it replaces the CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#csr Certificate#csr}
  */
  readonly csr?: string;
  /**
  * Order an ACME certificate for this CSR (a truenas_certificate CSR's id); needs acme_directory_uri, tos and dns_mapping.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#csr_id Certificate#csr_id}
  */
  readonly csrId?: number;
  /**
  * Signature digest of a CSR TrueNAS makes: SHA224, SHA256 (default), SHA384 or SHA512. Not read back.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#digest_algorithm Certificate#digest_algorithm}
  */
  readonly digestAlgorithm?: string;
  /**
  * The DNS authenticator (truenas_acme_dns_authenticator id) for each name of the CSR, keyed as TrueNAS lists the names of the CSR (certificate.get_domain_names): the common name as is and each SAN as "DNS:name" (a SAN that is also the common name is covered by either key). Every name needs one, and a key naming nothing in the CSR is refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#dns_mapping Certificate#dns_mapping}
  */
  readonly dnsMapping?: { [key: string]: number };
  /**
  * Curve of an EC key TrueNAS makes: SECP256R1, SECP384R1 (the server default), SECP521R1 or ed25519. Not read back.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#ec_curve Certificate#ec_curve}
  */
  readonly ecCurve?: string;
  /**
  * E-mail address. Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#email Certificate#email}
  */
  readonly email?: string;
  /**
  * Destroy an ACME certificate even when revoking it with the ACME server fails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#force_destroy Certificate#force_destroy}
  */
  readonly forceDestroy?: boolean | cdktf.IResolvable;
  /**
  * RSA key size of a CSR TrueNAS makes: 2048 (default) or 4096; read from the key otherwise.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#key_length Certificate#key_length}
  */
  readonly keyLength?: number;
  /**
  * Key of a CSR TrueNAS makes: RSA (default) or EC; read from the key otherwise.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#key_type Certificate#key_type}
  */
  readonly keyType?: string;
  /**
  * Name (unique; 25.04 allows letters, digits, "_" and "-" only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#name Certificate#name}
  */
  readonly name: string;
  /**
  * Organization (O). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#organization Certificate#organization}
  */
  readonly organization?: string;
  /**
  * Organizational unit (OU). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#organizational_unit Certificate#organizational_unit}
  */
  readonly organizationalUnit?: string;
  /**
  * Passphrase of an encrypted private key (TrueNAS stores the key decrypted). Give it here or, kept out of state, as passphrase_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#passphrase Certificate#passphrase}
  */
  readonly passphrase?: string;
  /**
  * Passphrase of an encrypted private key (TrueNAS stores the key decrypted), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); passphrase then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#passphrase_wo Certificate#passphrase_wo}
  */
  readonly passphraseWo?: string;
  /**
  * Required with passphrase_wo; change it to send a new passphrase_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#passphrase_wo_version Certificate#passphrase_wo_version}
  */
  readonly passphraseWoVersion?: number;
  /**
  * The PEM private key of an imported certificate or CSR (never read back; changing it replaces the certificate). Give it here or, kept out of state, as private_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#private_key Certificate#private_key}
  */
  readonly privateKey?: string;
  /**
  * The PEM private key of an imported certificate or CSR (never read back; changing it replaces the certificate), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); private_key then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#private_key_wo Certificate#private_key_wo}
  */
  readonly privateKeyWo?: string;
  /**
  * Required with private_key_wo; change it to send a new private_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#private_key_wo_version Certificate#private_key_wo_version}
  */
  readonly privateKeyWoVersion?: number;
  /**
  * ACME certificates: renew this many days before expiry, 1 to 30 (server default 10). Changes in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#renew_days Certificate#renew_days}
  */
  readonly renewDays?: number;
  /**
  * Subject alternative names of a CSR TrueNAS makes: DNS names or IP addresses ("nas.example.com", "192.0.2.1"; TrueNAS lists them as "DNS:…"/"IP:…"). Needed, at least one, for a CSR TrueNAS makes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#san Certificate#san}
  */
  readonly san?: string[];
  /**
  * State or province (ST). Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#state Certificate#state}
  */
  readonly state?: string;
  /**
  * Agree to the ACME server's terms of service: must be true to order (the first order from a directory registers an account). Not read back.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#tos Certificate#tos}
  */
  readonly tos?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate truenas_certificate}
*/
export class Certificate extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_certificate";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Certificate resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Certificate to import
  * @param importFromId The id of the existing Certificate that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Certificate to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_certificate", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/certificate truenas_certificate} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CertificateConfig
  */
  public constructor(scope: Construct, id: string, config: CertificateConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_certificate',
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
    this._acmeDirectoryUri = config.acmeDirectoryUri;
    this._addToTrustedStore = config.addToTrustedStore;
    this._certificate = config.certificate;
    this._city = config.city;
    this._common = config.common;
    this._country = config.country;
    this._csr = config.csr;
    this._csrId = config.csrId;
    this._digestAlgorithm = config.digestAlgorithm;
    this._dnsMapping = config.dnsMapping;
    this._ecCurve = config.ecCurve;
    this._email = config.email;
    this._forceDestroy = config.forceDestroy;
    this._keyLength = config.keyLength;
    this._keyType = config.keyType;
    this._name = config.name;
    this._organization = config.organization;
    this._organizationalUnit = config.organizationalUnit;
    this._passphrase = config.passphrase;
    this._passphraseWo = config.passphraseWo;
    this._passphraseWoVersion = config.passphraseWoVersion;
    this._privateKey = config.privateKey;
    this._privateKeyWo = config.privateKeyWo;
    this._privateKeyWoVersion = config.privateKeyWoVersion;
    this._renewDays = config.renewDays;
    this._san = config.san;
    this._state = config.state;
    this._tos = config.tos;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // acme_directory_uri - computed: false, optional: true, required: false
  private _acmeDirectoryUri?: string; 
  public get acmeDirectoryUri() {
    return this.getStringAttribute('acme_directory_uri');
  }
  public set acmeDirectoryUri(value: string) {
    this._acmeDirectoryUri = value;
  }
  public resetAcmeDirectoryUri() {
    this._acmeDirectoryUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get acmeDirectoryUriInput() {
    return this._acmeDirectoryUri;
  }

  // add_to_trusted_store - computed: true, optional: true, required: false
  private _addToTrustedStore?: boolean | cdktf.IResolvable; 
  public get addToTrustedStore() {
    return this.getBooleanAttribute('add_to_trusted_store');
  }
  public set addToTrustedStore(value: boolean | cdktf.IResolvable) {
    this._addToTrustedStore = value;
  }
  public resetAddToTrustedStore() {
    this._addToTrustedStore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addToTrustedStoreInput() {
    return this._addToTrustedStore;
  }

  // certificate - computed: true, optional: true, required: false
  private _certificate?: string; 
  public get certificate() {
    return this.getStringAttribute('certificate');
  }
  public set certificate(value: string) {
    this._certificate = value;
  }
  public resetCertificate() {
    this._certificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateInput() {
    return this._certificate;
  }

  // city - computed: true, optional: true, required: false
  private _city?: string; 
  public get city() {
    return this.getStringAttribute('city');
  }
  public set city(value: string) {
    this._city = value;
  }
  public resetCity() {
    this._city = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cityInput() {
    return this._city;
  }

  // common - computed: true, optional: true, required: false
  private _common?: string; 
  public get common() {
    return this.getStringAttribute('common');
  }
  public set common(value: string) {
    this._common = value;
  }
  public resetCommon() {
    this._common = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commonInput() {
    return this._common;
  }

  // country - computed: true, optional: true, required: false
  private _country?: string; 
  public get country() {
    return this.getStringAttribute('country');
  }
  public set country(value: string) {
    this._country = value;
  }
  public resetCountry() {
    this._country = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countryInput() {
    return this._country;
  }

  // csr - computed: true, optional: true, required: false
  private _csr?: string; 
  public get csr() {
    return this.getStringAttribute('csr');
  }
  public set csr(value: string) {
    this._csr = value;
  }
  public resetCsr() {
    this._csr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get csrInput() {
    return this._csr;
  }

  // csr_id - computed: false, optional: true, required: false
  private _csrId?: number; 
  public get csrId() {
    return this.getNumberAttribute('csr_id');
  }
  public set csrId(value: number) {
    this._csrId = value;
  }
  public resetCsrId() {
    this._csrId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get csrIdInput() {
    return this._csrId;
  }

  // digest_algorithm - computed: false, optional: true, required: false
  private _digestAlgorithm?: string; 
  public get digestAlgorithm() {
    return this.getStringAttribute('digest_algorithm');
  }
  public set digestAlgorithm(value: string) {
    this._digestAlgorithm = value;
  }
  public resetDigestAlgorithm() {
    this._digestAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get digestAlgorithmInput() {
    return this._digestAlgorithm;
  }

  // dns_mapping - computed: false, optional: true, required: false
  private _dnsMapping?: { [key: string]: number }; 
  public get dnsMapping() {
    return this.getNumberMapAttribute('dns_mapping');
  }
  public set dnsMapping(value: { [key: string]: number }) {
    this._dnsMapping = value;
  }
  public resetDnsMapping() {
    this._dnsMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsMappingInput() {
    return this._dnsMapping;
  }

  // ec_curve - computed: false, optional: true, required: false
  private _ecCurve?: string; 
  public get ecCurve() {
    return this.getStringAttribute('ec_curve');
  }
  public set ecCurve(value: string) {
    this._ecCurve = value;
  }
  public resetEcCurve() {
    this._ecCurve = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ecCurveInput() {
    return this._ecCurve;
  }

  // email - computed: true, optional: true, required: false
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

  // fingerprint - computed: true, optional: false, required: false
  public get fingerprint() {
    return this.getStringAttribute('fingerprint');
  }

  // force_destroy - computed: true, optional: true, required: false
  private _forceDestroy?: boolean | cdktf.IResolvable; 
  public get forceDestroy() {
    return this.getBooleanAttribute('force_destroy');
  }
  public set forceDestroy(value: boolean | cdktf.IResolvable) {
    this._forceDestroy = value;
  }
  public resetForceDestroy() {
    this._forceDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDestroyInput() {
    return this._forceDestroy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // issuer - computed: true, optional: false, required: false
  public get issuer() {
    return this.getStringAttribute('issuer');
  }

  // key_length - computed: true, optional: true, required: false
  private _keyLength?: number; 
  public get keyLength() {
    return this.getNumberAttribute('key_length');
  }
  public set keyLength(value: number) {
    this._keyLength = value;
  }
  public resetKeyLength() {
    this._keyLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyLengthInput() {
    return this._keyLength;
  }

  // key_type - computed: true, optional: true, required: false
  private _keyType?: string; 
  public get keyType() {
    return this.getStringAttribute('key_type');
  }
  public set keyType(value: string) {
    this._keyType = value;
  }
  public resetKeyType() {
    this._keyType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyTypeInput() {
    return this._keyType;
  }

  // kind - computed: true, optional: false, required: false
  public get kind() {
    return this.getStringAttribute('kind');
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

  // not_after - computed: true, optional: false, required: false
  public get notAfter() {
    return this.getStringAttribute('not_after');
  }

  // not_before - computed: true, optional: false, required: false
  public get notBefore() {
    return this.getStringAttribute('not_before');
  }

  // organization - computed: true, optional: true, required: false
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

  // organizational_unit - computed: true, optional: true, required: false
  private _organizationalUnit?: string; 
  public get organizationalUnit() {
    return this.getStringAttribute('organizational_unit');
  }
  public set organizationalUnit(value: string) {
    this._organizationalUnit = value;
  }
  public resetOrganizationalUnit() {
    this._organizationalUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationalUnitInput() {
    return this._organizationalUnit;
  }

  // passphrase - computed: false, optional: true, required: false
  private _passphrase?: string; 
  public get passphrase() {
    return this.getStringAttribute('passphrase');
  }
  public set passphrase(value: string) {
    this._passphrase = value;
  }
  public resetPassphrase() {
    this._passphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseInput() {
    return this._passphrase;
  }

  // passphrase_wo - computed: false, optional: true, required: false
  private _passphraseWo?: string; 
  public get passphraseWo() {
    return this.getStringAttribute('passphrase_wo');
  }
  public set passphraseWo(value: string) {
    this._passphraseWo = value;
  }
  public resetPassphraseWo() {
    this._passphraseWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseWoInput() {
    return this._passphraseWo;
  }

  // passphrase_wo_version - computed: false, optional: true, required: false
  private _passphraseWoVersion?: number; 
  public get passphraseWoVersion() {
    return this.getNumberAttribute('passphrase_wo_version');
  }
  public set passphraseWoVersion(value: number) {
    this._passphraseWoVersion = value;
  }
  public resetPassphraseWoVersion() {
    this._passphraseWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseWoVersionInput() {
    return this._passphraseWoVersion;
  }

  // private_key - computed: false, optional: true, required: false
  private _privateKey?: string; 
  public get privateKey() {
    return this.getStringAttribute('private_key');
  }
  public set privateKey(value: string) {
    this._privateKey = value;
  }
  public resetPrivateKey() {
    this._privateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyInput() {
    return this._privateKey;
  }

  // private_key_wo - computed: false, optional: true, required: false
  private _privateKeyWo?: string; 
  public get privateKeyWo() {
    return this.getStringAttribute('private_key_wo');
  }
  public set privateKeyWo(value: string) {
    this._privateKeyWo = value;
  }
  public resetPrivateKeyWo() {
    this._privateKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoInput() {
    return this._privateKeyWo;
  }

  // private_key_wo_version - computed: false, optional: true, required: false
  private _privateKeyWoVersion?: number; 
  public get privateKeyWoVersion() {
    return this.getNumberAttribute('private_key_wo_version');
  }
  public set privateKeyWoVersion(value: number) {
    this._privateKeyWoVersion = value;
  }
  public resetPrivateKeyWoVersion() {
    this._privateKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoVersionInput() {
    return this._privateKeyWoVersion;
  }

  // renew_days - computed: true, optional: true, required: false
  private _renewDays?: number; 
  public get renewDays() {
    return this.getNumberAttribute('renew_days');
  }
  public set renewDays(value: number) {
    this._renewDays = value;
  }
  public resetRenewDays() {
    this._renewDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get renewDaysInput() {
    return this._renewDays;
  }

  // san - computed: true, optional: true, required: false
  private _san?: string[]; 
  public get san() {
    return this.getListAttribute('san');
  }
  public set san(value: string[]) {
    this._san = value;
  }
  public resetSan() {
    this._san = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sanInput() {
    return this._san;
  }

  // state - computed: true, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }

  // subject - computed: true, optional: false, required: false
  public get subject() {
    return this.getStringAttribute('subject');
  }

  // subject_alternative_names - computed: true, optional: false, required: false
  public get subjectAlternativeNames() {
    return this.getListAttribute('subject_alternative_names');
  }

  // tos - computed: false, optional: true, required: false
  private _tos?: boolean | cdktf.IResolvable; 
  public get tos() {
    return this.getBooleanAttribute('tos');
  }
  public set tos(value: boolean | cdktf.IResolvable) {
    this._tos = value;
  }
  public resetTos() {
    this._tos = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tosInput() {
    return this._tos;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      acme_directory_uri: cdktf.stringToTerraform(this._acmeDirectoryUri),
      add_to_trusted_store: cdktf.booleanToTerraform(this._addToTrustedStore),
      certificate: cdktf.stringToTerraform(this._certificate),
      city: cdktf.stringToTerraform(this._city),
      common: cdktf.stringToTerraform(this._common),
      country: cdktf.stringToTerraform(this._country),
      csr: cdktf.stringToTerraform(this._csr),
      csr_id: cdktf.numberToTerraform(this._csrId),
      digest_algorithm: cdktf.stringToTerraform(this._digestAlgorithm),
      dns_mapping: cdktf.hashMapper(cdktf.numberToTerraform)(this._dnsMapping),
      ec_curve: cdktf.stringToTerraform(this._ecCurve),
      email: cdktf.stringToTerraform(this._email),
      force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
      key_length: cdktf.numberToTerraform(this._keyLength),
      key_type: cdktf.stringToTerraform(this._keyType),
      name: cdktf.stringToTerraform(this._name),
      organization: cdktf.stringToTerraform(this._organization),
      organizational_unit: cdktf.stringToTerraform(this._organizationalUnit),
      passphrase: cdktf.stringToTerraform(this._passphrase),
      passphrase_wo: cdktf.stringToTerraform(this._passphraseWo),
      passphrase_wo_version: cdktf.numberToTerraform(this._passphraseWoVersion),
      private_key: cdktf.stringToTerraform(this._privateKey),
      private_key_wo: cdktf.stringToTerraform(this._privateKeyWo),
      private_key_wo_version: cdktf.numberToTerraform(this._privateKeyWoVersion),
      renew_days: cdktf.numberToTerraform(this._renewDays),
      san: cdktf.listMapper(cdktf.stringToTerraform, false)(this._san),
      state: cdktf.stringToTerraform(this._state),
      tos: cdktf.booleanToTerraform(this._tos),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      acme_directory_uri: {
        value: cdktf.stringToHclTerraform(this._acmeDirectoryUri),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      add_to_trusted_store: {
        value: cdktf.booleanToHclTerraform(this._addToTrustedStore),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      certificate: {
        value: cdktf.stringToHclTerraform(this._certificate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      city: {
        value: cdktf.stringToHclTerraform(this._city),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      common: {
        value: cdktf.stringToHclTerraform(this._common),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      country: {
        value: cdktf.stringToHclTerraform(this._country),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      csr: {
        value: cdktf.stringToHclTerraform(this._csr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      csr_id: {
        value: cdktf.numberToHclTerraform(this._csrId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      digest_algorithm: {
        value: cdktf.stringToHclTerraform(this._digestAlgorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dns_mapping: {
        value: cdktf.hashMapperHcl(cdktf.numberToHclTerraform)(this._dnsMapping),
        isBlock: false,
        type: "map",
        storageClassType: "numberMap",
      },
      ec_curve: {
        value: cdktf.stringToHclTerraform(this._ecCurve),
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
      force_destroy: {
        value: cdktf.booleanToHclTerraform(this._forceDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      key_length: {
        value: cdktf.numberToHclTerraform(this._keyLength),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      key_type: {
        value: cdktf.stringToHclTerraform(this._keyType),
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
      organization: {
        value: cdktf.stringToHclTerraform(this._organization),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      organizational_unit: {
        value: cdktf.stringToHclTerraform(this._organizationalUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase: {
        value: cdktf.stringToHclTerraform(this._passphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase_wo: {
        value: cdktf.stringToHclTerraform(this._passphraseWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passphrase_wo_version: {
        value: cdktf.numberToHclTerraform(this._passphraseWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      private_key: {
        value: cdktf.stringToHclTerraform(this._privateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_wo: {
        value: cdktf.stringToHclTerraform(this._privateKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._privateKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      renew_days: {
        value: cdktf.numberToHclTerraform(this._renewDays),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      san: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._san),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      state: {
        value: cdktf.stringToHclTerraform(this._state),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tos: {
        value: cdktf.booleanToHclTerraform(this._tos),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
