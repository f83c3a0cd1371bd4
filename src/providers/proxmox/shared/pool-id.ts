// Pool ids as the server takes them: at most 3 "/"-separated levels of letters, digits, ".", "-"
// and "_" (pve-access-control AccessControl.pm `verify_poolname`), each level starting with a
// letter (pve-manager PVE/API2/Pool.pm create_pool, "pool name must start with a letter").
import { validators } from '../../../framework/validators.js';

const LEVEL = '[A-Za-z][A-Za-z0-9._\\-]*';
export const POOL_ID = new RegExp(`^${LEVEL}(?:/${LEVEL}){0,2}$`);

export const poolIdValidator = validators.textMatching(POOL_ID, 'up to 3 levels separated by "/", each a letter followed by letters, digits, ".", "-" or "_"');
