export const id = 659;
export const ids = [659];
export const modules = {

/***/ 7659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* reexport */ createClient),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// UNUSED EXPORTS: PULL_REQUEST_EVENTS, dispatchInputsOf, isForkPullRequest, labelsOf, markerComment, mergeGroupOf, pullRequestOf, pushOf, readEvent, repositoryOf

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/github/src/client.ts



/** An Octokit that retries 5xx answers with backoff and waits out primary and secondary rate limits. */
function createClient(token, options = {}) {
    const retries = options.retries ?? 3;
    const notice = options.onNotice ?? (() => { });
    const rateLimited = (kind) => (after, request, _, count) => {
        notice(`${kind} rate limit on ${request.method} ${request.url}; retrying in ${after} s`);
        return count < retries;
    };
    return (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { retries },
        // 403 and 429 rate limits belong to the throttling plugin, which honours retry-after.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: rateLimited('primary'),
            onSecondaryRateLimit: rateLimited('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts
function markerComment(marker) {
    return `<!-- ${marker} -->`;
}
/** GitHub's limit for a comment body is 65,536 characters. */
const COMMENT_LIMIT = 65_000;
function withMarker(comment) {
    const marker = markerComment(comment.marker);
    const body = comment.body.length > COMMENT_LIMIT
        ? `${comment.body.slice(0, COMMENT_LIMIT)}\n\n> ✂️ Cut to fit GitHub's comment limit; the job summary has the rest.`
        : comment.body;
    return `${marker}\n${body}`;
}
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Update our comment in place (found by its hidden marker), or create it. A token that may not
 * write (read-only, a fork's pull request) skips with the reason instead of failing the step.
 */
async function upsertStickyComment(client, comment) {
    const { owner, repo, issueNumber } = comment;
    const marker = markerComment(comment.marker);
    const body = withMarker(comment);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const existing = comments.find((item) => item.body?.startsWith(marker));
        if (existing) {
            const { data } = await client.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body,
            });
            return { status: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body,
        });
        return { status: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) {
            return {
                status: 'skipped',
                reason: `the token may not write pull request comments (HTTP ${status}): give the job \`permissions: pull-requests: write\` (a fork's pull request never gets it); the result is in the job summary only`,
            };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts





/***/ })

};
