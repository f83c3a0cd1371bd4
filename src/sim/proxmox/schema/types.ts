// The shape of the derived API schema fixture (scripts/derive-pve-schema.ts writes it).

/** One parameter, or one key of a property-string format. */
export interface ParamSchema {
  type?: string;
  optional?: number;
  default?: unknown;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  /** A named string format, or the keys of a property string (`virtio=..,bridge=vmbr0`). */
  format?: string | Record<string, ParamSchema>;
  /** In a property-string format: the key this one is another name of. */
  alias?: string;
  /** In a property-string format: `virtio=MAC` means `model=virtio,macaddr=MAC`. */
  keyAlias?: string;
  /** In a property-string format: the key a bare value (`2048`) belongs to. */
  default_key?: number;
  requires?: string;
  /** An array parameter's item schema (`map` of hardware mappings). */
  items?: ParamSchema;
}

export interface MethodSchema {
  parameters: { properties?: Record<string, ParamSchema>; additionalProperties?: number };
  returns: { type?: string };
  protected: number;
  allowtoken: number;
  permissions: unknown;
  /**
   * The parameter naming the node the call is proxied to (`node`), from the method's `proxyto`;
   * absent for calls any node answers from the cluster file system (a guest's firewall).
   */
  proxyto?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface SchemaFixture {
  source: string;
  endpoints: Record<string, Partial<Record<HttpMethod, MethodSchema>>>;
}
