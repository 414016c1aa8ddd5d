/** Key derivation, envelope encryption and the keyring behind the app's crypto port. */
export { DEFAULT_KDF, MAX_KDF, meetsFloor } from './kdf.js';
export { RECORD_FORMAT_VERSION, readEnvelope } from './envelope.js';
export { createWebVaultCrypto, KEYRING_FORMAT_VERSION } from './keyring.js';
