// The truenas provider's one translation of TrueNAS API errors into errors about attributes,
// with the fix in words. The middleware names its own fields (`pool_dataset_create.volsize`);
// users know their configuration's attributes. Texts: truenas/middleware,
// src/middlewared/middlewared/plugins/pool_/dataset.py (do_create: "Parent dataset does not
// exist", "already exists"; __common_validation: the 80% volsize warning behind force_size).
import { TrueNASCallError } from '../../clients/truenas/errors.js'; // not the index: the client loads lazily
import { AttributeError } from '../../framework/diagnostics.js';
import { isObjectValue } from '../../framework/values-util.js';
import { importAdvice, type ErrorExplainer, type FailedOperation } from '../../framework/error-explainer.js';

/** The import id of an object that exists already, where the configuration names it (a dataset's or zvol's full name). */
function importId(failed: FailedOperation): string | undefined {
  if (failed.resourceType === 'truenas_dataset' || failed.resourceType === 'truenas_zvol') return failed.values.string('name');
  if (failed.resourceType === 'truenas_snapshot') {
    const dataset = failed.values.string('dataset');
    const name = failed.values.string('name');
    return dataset && name ? `${dataset}@${name}` : undefined;
  }
  return undefined;
}

/** Server fields a resource's attribute has another name for, by resource type (an extent's `disk` is the attribute `zvol`). */
const RENAMED_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = { truenas_iscsi_extent: { disk: 'zvol' } };

/** The configuration's attribute a server field (`pool_dataset_create.volsize`) stands for, when the resource has one by that name. */
function attributeOf(field: string | null, failed: FailedOperation): string | undefined {
  const last = field?.split('.').at(-1);
  const name = last && (RENAMED_FIELDS[failed.resourceType]?.[last] ?? last);
  if (!name) return undefined;
  const values = failed.values.value;
  return isObjectValue(values) && name in values ? name : undefined;
}

export const explainTruenasError: ErrorExplainer = (error, failed) => {
  if (!(error instanceof TrueNASCallError)) return undefined;
  const issue = error.issues[0];
  const message = issue?.message ?? error.serverMessage;
  const texts = [error.serverMessage, ...error.issues.map((i) => i.message)];
  if (failed.operation === 'create' && texts.some((text) => /already exists/i.test(text))) {
    const attribute = attributeOf(error.issues.find((i) => /already exists/i.test(i.message))?.attribute ?? null, failed) ?? 'name';
    const id = importId(failed);
    const adopt =
      id !== undefined
        ? importAdvice(failed.resourceType, id)
        : `If it is the object this resource describes, import it (terraform import ${failed.resourceType}.NAME ID, with the id its documentation names).`;
    return new AttributeError(attribute, 'Already exists on the TrueNAS server', `${message}.\n${adopt}\nOtherwise choose another ${attribute}.`);
  }
  if (issue && /more than 80% of your available space/.test(issue.message)) {
    return new AttributeError(
      'volsize',
      'The zvol would fill the pool',
      `TrueNAS refuses a volsize above 80% of the space available on the pool ("${issue.message}"). Set force_size = true to create it anyway, or choose a smaller volsize.`,
    );
  }
  // The middleware's wordings: 25.10+ names the missing pool or parent, 25.04 does not.
  if (texts.some((text) => /Parent dataset( \(.*\))? does not exist|zpool \(.*\) does not exist|specify a pool which exists/i.test(text))) {
    const name = failed.values.string('name') ?? '';
    return new AttributeError(
      'name',
      'Pool or parent dataset does not exist',
      `The parent of "${name}" does not exist on the TrueNAS server: check the pool name (the part before the first "/": "${name.split('/')[0] ?? ''}") and that every parent dataset exists (create them first, e.g. as truenas_dataset resources this one refers to).`,
    );
  }
  const attribute = attributeOf(issue?.attribute ?? null, failed);
  if (attribute !== undefined) return new AttributeError(attribute, 'Refused by the TrueNAS server', `${attribute}: ${message}`);
  return undefined;
};
