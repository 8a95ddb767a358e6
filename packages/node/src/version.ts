declare const __MANIAC_NODE_VERSION__: string;

/** The version of @maniac/node, put in place by the build. */
export const VERSION: string = __MANIAC_NODE_VERSION__;

/** `maniac-node/<version> node/<version>`, sent as the User-Agent. */
export const USER_AGENT = `maniac-node/${VERSION} node/${process.version}`;
