export * as provider from './provider';
