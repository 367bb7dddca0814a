export { globSet, type GlobSet } from '@flow-actions/kit';
