//! The browser's WebCrypto for files with a passphrase: a key from the passphrase by PBKDF2-SHA-256, and
//! AES-256-GCM with the file's header as additional data. What the bytes are is the domain's
//! (`domain::file::sealed`); the passphrase lives only in these calls. Every byte handed to the browser is
//! copied out of the wasm memory first (`Uint8Array::from`), since that memory may move while a promise waits.

use crate::domain::file::sealed::{Header, Sealed, IV_LEN, SALT_LEN};
use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// Why the browser could not encrypt or decrypt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here: a page served over plain http from another machine is not a secure context.
    Unavailable,
    /// The cipher refused: a wrong passphrase, or a file changed since it was written.
    Refused,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CryptoError::Unavailable)?;
    // `crypto.subtle` is undefined outside a secure context, which web-sys's getter does not expect.
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).map_err(|_| CryptoError::Unavailable)?;
    subtle.dyn_into().map_err(|_| CryptoError::Unavailable)
}

/// A fresh salt and IV from the browser's random source.
pub fn salt_and_iv() -> Result<([u8; SALT_LEN], [u8; IV_LEN]), CryptoError> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CryptoError::Unavailable)?;
    let (mut salt, mut iv) = ([0u8; SALT_LEN], [0u8; IV_LEN]);
    crypto.get_random_values_with_u8_array(&mut salt).map_err(|_| CryptoError::Unavailable)?;
    crypto.get_random_values_with_u8_array(&mut iv).map_err(|_| CryptoError::Unavailable)?;
    Ok((salt, iv))
}

async fn settle(promise: Result<Promise, JsValue>) -> Result<JsValue, CryptoError> {
    JsFuture::from(promise.map_err(|_| CryptoError::Refused)?).await.map_err(|_| CryptoError::Refused)
}

/// The AES-256-GCM key of a passphrase and a salt.
async fn key(subtle: &SubtleCrypto, passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
    let secret = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&"deriveKey".into());
    let base = settle(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages)).await?;
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let target = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let derived = subtle.derive_key_with_object_and_object(&params, &base.unchecked_into(), &target, false, &usages);
    Ok(settle(derived).await?.unchecked_into())
}

fn gcm(iv: &[u8], header: &Header) -> AesGcmParams {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data(&Uint8Array::from(header.aad().as_slice()));
    params
}

fn bytes(buffer: JsValue) -> Vec<u8> {
    Uint8Array::new(&buffer).to_vec()
}

/// The ciphertext (with its tag) of `plain` under `header`'s salt, IV and iterations.
pub async fn encrypt(
    passphrase: &str,
    header: &Header,
    salt: &[u8],
    iv: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let key = key(&subtle, passphrase, salt, header.iterations).await?;
    let data = Uint8Array::from(plain);
    let sealed = subtle.encrypt_with_object_and_js_u8_array(&gcm(iv, header), &key, &data);
    Ok(bytes(settle(sealed).await?))
}

/// The bytes a file with a passphrase holds, or `Refused` when the passphrase or the file is wrong.
pub async fn decrypt(passphrase: &str, sealed: &Sealed) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let key = key(&subtle, passphrase, &sealed.salt, sealed.header.iterations).await?;
    let data = Uint8Array::from(sealed.ciphertext.as_slice());
    let opened = subtle.decrypt_with_object_and_js_u8_array(&gcm(&sealed.iv, &sealed.header), &key, &data);
    Ok(bytes(settle(opened).await?))
}

/// A passphrase in Unicode NFC: "mật khẩu" typed with precomposed letters or with combining marks (both
/// are common Vietnamese keyboard settings) is the same passphrase.
pub fn normalized(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase).normalize("NFC").into()
}
