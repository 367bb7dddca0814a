/** Every breaking-change check, by id, with what it means (ids follow oasdiff's where one exists). */
export const BREAKING_RULES = {
  'api-path-removed': 'a path and all its operations were removed',
  'api-operation-removed': 'an operation was removed from a path that remains',
  'response-success-status-removed': 'a 2xx response status was removed',
  'response-media-type-removed': 'a response media type was removed',
  'response-property-removed': 'a response body property was removed',
  'response-property-became-optional': 'a required response property became optional',
  'response-property-type-changed':
    'a response property or body can now have a type or format clients do not expect',
  'response-property-enum-value-removed': 'a value was removed from a response enum',
  'request-property-type-changed':
    'a request property or body no longer accepts a type or format it accepted',
  'request-property-enum-value-removed': 'a value was removed from a request property enum',
  'new-required-request-property': 'a request body property was added as required',
  'request-property-became-required': 'an optional request body property became required',
  'request-body-became-required': 'a request body was added as required, or became required',
  'request-body-media-type-removed': 'a request body media type was removed',
  'new-required-request-parameter': 'a request parameter was added as required',
  'request-parameter-became-required': 'an optional request parameter became required',
  'request-parameter-location-changed': 'a parameter moved (same name, another `in`)',
  'request-parameter-type-changed': 'a parameter no longer accepts a type or format it accepted',
  'request-parameter-enum-value-removed': 'a value was removed from a parameter enum',
  'api-security-added': 'an operation now needs credentials a caller could do without',
} as const;

export type BreakingRule = keyof typeof BREAKING_RULES;
