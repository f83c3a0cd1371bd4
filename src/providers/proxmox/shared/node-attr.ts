// The `node` attribute of a resource that lives on one node (its DNS, hosts, time and config
// settings, certificates, APT repositories, network interfaces): required, and another node is
// another object, so a change replaces the resource.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { idAttribute } from './key-attributes.js';

export const nodeAttr = attr.string({ required: true, description: 'The node.', planModifiers: [planModifiers.requiresReplace()] });

/** `id` and `node` of a resource there is one of per node (its DNS, hosts, time, config, certificate): the id is the node name. */
export const perNodeAttributes = {
  id: idAttribute('The node name.'),
  node: nodeAttr,
};
