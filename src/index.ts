/** The library API: the same use cases the CLI and the web app call. */
export {};
