// truenas_reporting_exporter: where netdata sends the system's metrics (`reporting.exporters.*`;
// GRAPHITE is the only exporter type on 25.04 to 26.0).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ReportingExporter } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const atLeastOne = [validators.integer(), validators.atLeast(1)];

const exporterSchema = schema({
  description: 'A reporting exporter: the system streams its metrics to a Graphite server.',
  attributes: {
    id: numericId('reporting exporter'),
    name: attr.string({ required: true, description: 'A unique name.', validators: [validators.lengthBetween(1, 1024)] }),
    enabled: attr.bool({ default: true, description: 'Whether metrics are sent.' }),
    destination_ip: attr.string({
      required: true,
      description: 'Address (or host name) of the Graphite server.',
      validators: [validators.lengthBetween(1, 253)],
    }),
    destination_port: attr.number({
      required: true,
      description: 'Its plaintext port, usually 2003.',
      validators: tcpPortValidators,
    }),
    namespace: attr.string({
      required: true,
      description: 'The metrics namespace (the first path element after the prefix).',
      validators: [validators.lengthBetween(1, 1024)],
    }),
    prefix: attr.string({ default: 'scale', description: 'Prefix of every metric name.' }),
    update_every: attr.number({ default: 1, description: 'Seconds between two sends.', validators: atLeastOne }),
    buffer_on_failures: attr.number({ default: 10, description: 'Sends kept while the server is unreachable.', validators: atLeastOne }),
    send_names_instead_of_ids: attr.bool({ default: true, description: 'Name charts and dimensions by their names rather than ids.' }),
    matching_charts: attr.string({
      default: '*',
      description: 'Which charts to send (netdata simple patterns, space-separated).',
      validators: [validators.lengthBetween(1, 65535)],
    }),
  },
});

type ExporterModel = ModelOf<typeof exporterSchema>;

function toModel(row: ReportingExporter, _known: ExporterModel): ExporterModel {
  const { exporter_type: _type, ...graphite } = row.attributes;
  return { id: row.id, name: row.name, enabled: row.enabled, ...graphite };
}

function input(plan: PlanModelOf<typeof exporterSchema>) {
  const { id: _id, name, enabled, ...graphite } = plan;
  return { name, enabled, attributes: { exporter_type: 'GRAPHITE' as const, ...graphite } };
}

export const reportingExporterResource = truenasResource({
  name: 'truenas_reporting_exporter',
  schema: exporterSchema,
  ...numericCrud({ importId: numericImportId('exporter'), group: (client) => client.systemSettings.reportingExporters, toModel, input }),
});
