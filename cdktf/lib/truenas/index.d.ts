export * as iscsiExtent from './iscsi-extent';
export * as iscsiPortal from './iscsi-portal';
export * as iscsiTarget from './iscsi-target';
export * as iscsiTargetextent from './iscsi-targetextent';
export * as zvol from './zvol';
export * as provider from './provider';
