/** How a newcomer runs the product locally (README: the two commands). Not translated: these are code. */
export const START_COMMAND = 'npm start';
/** The local host page that frames our surfaces like Teams does (served by `npm start`). */
export const LOCAL_HOST_URL = 'http://localhost:53000/host/';
