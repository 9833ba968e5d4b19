// The service's limits, as the app checks them before sending anything.

/** The largest file the service accepts (functions: MAX_UPLOAD_BYTES, 5 MB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The longest note the service accepts, in characters (functions: NOTE_MAX). */
export const NOTE_MAX = 1000;
