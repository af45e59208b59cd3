export * from "./warmly.cjs";
/** Nothing to do in Node: the module is instantiated on import. Resolves at once. */
export default function init(): Promise<void>;
/** Nothing to do in Node: the module is instantiated on import. */
export function initSync(): void;
