export const id = 696;
export const ids = [696];
export const modules = {

/***/ 315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionMetadata: () => (/* binding */ readActionMetadata)
/* harmony export */ });
/* unused harmony exports parseActionMetadata, literalDefaults, defaultMismatches */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);



/** An action.yml, for the CLI's options and defaults and for the test harness. */
function readActionMetadata(path) {
    return parseActionMetadata((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), String(path));
}
/** The text of an action.yml (`name` says which, for the error). */
function parseActionMetadata(text, name) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    if (!document?.name || !document.runs)
        throw new Error(`${name} is not an action.yml (no name or runs)`);
    const inputs = Object.fromEntries(Object.entries(document.inputs ?? {}).map(([name, input]) => [
        name,
        { ...input, ...(input?.default === undefined ? {} : { default: String(input.default) }) },
    ]));
    return { ...document, inputs, outputs: document.outputs ?? {} };
}

/** The literal defaults of action.yml (an expression default like `${{ github.token }}` has none here). */
function literalDefaults(metadata) {
    return Object.fromEntries(Object.entries(metadata.inputs).flatMap(([name, input]) => input.default === undefined || input.default.includes('${{') ? [] : [[name, input.default]]));
}
/**
 * One source of defaults: the inputs whose action.yml default gives other settings than leaving
 * the input out does, i.e. where code writes a default of its own that disagrees. For a test:
 * `expect(await defaultMismatches(metadata, (inputs) => readSettings(inputs))).toEqual([])`.
 * `read` may be async.
 * `given` holds values for required inputs, so `read` can succeed.
 */
async function defaultMismatches(metadata, read, given = {}) {
    const settingsOf = async (inputs) => JSON.stringify(await read(mapInputs(inputs)));
    const baseline = await settingsOf(given);
    const mismatches = [];
    for (const [name, value] of Object.entries(literalDefaults(metadata))) {
        if (!(name in given) && (await settingsOf({ ...given, [name]: value })) !== baseline)
            mismatches.push(name);
    }
    return mismatches;
}


/***/ })

};
