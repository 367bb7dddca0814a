// Moved to @flow-actions/testing; kept so existing imports work.
export { buildSampleRepo, sampleRepoDir, type SampleRepo } from '@flow-actions/testing';
