export { globSet, type GlobSet } from '@flow-actions/rules';
