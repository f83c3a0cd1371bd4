// The attribute that names the dataset or zvol a resource is (or is taken of): a full dataset
// name the API takes, fixed for the life of the object (ZFS renames are not a change of ours).
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { DATASET_NAME } from './datasets.js';

export function datasetNameAttribute(description: string) {
  return attr.string({
    required: true,
    description,
    validators: [validators.textMatching(DATASET_NAME.pattern, DATASET_NAME.explanation)],
    planModifiers: [planModifiers.requiresReplace()],
  });
}
