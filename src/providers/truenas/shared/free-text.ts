// The free-text note of an object (`comment`, `description`): the API models declare it as
// `str = ''` (e.g. api/v25_10_0/iscsi_portal.py:43 @TS-25.10.6), so no note is "", not null, and
// the attribute defaults to "" to plan no change against what the server returns.
import { attr } from '../../../framework/attributes.js';

export function freeTextAttr(noun: 'comment' | 'description') {
  return attr.string({ default: '', description: `Free-text ${noun}.` });
}
