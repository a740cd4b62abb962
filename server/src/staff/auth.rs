//! Credentials: Argon2id passwords, the password policy, TOTP second factors, recovery codes
//! and one-time enrolment links. Pure functions over strings, tested here.

use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm as TotpAlgorithm, Secret, TOTP};

/// OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2().hash_password(password.as_bytes(), &salt).expect("hashing cannot fail").to_string()
}

/// Checks a password against a stored hash (whatever parameters it was made with).
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// Spends the same time as a real check, so an unknown address answers as slowly as a known
/// one (no account enumeration by timing).
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash = DUMMY.get_or_init(|| hash_password("not a real password at all"));
    let _ = verify_password(hash, password);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Different,
    Guessable,
}

impl PasswordProblem {
    pub fn message(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "Your password must be at least 12 characters long",
            PasswordProblem::TooLong => "Your password must be 128 characters or fewer",
            PasswordProblem::Different => "The two passwords are not the same",
            PasswordProblem::Guessable => {
                "That password is too easy to guess: it is common or close to your name or e-mail. Try a few unrelated words"
            }
        }
    }
}

/// NIST SP 800-63B and ASVS: length 12 to 128, no rules about kinds of characters, and not
/// one that is common or easy to guess. zxcvbn carries lists of common passwords, names and
/// words and scores how guessable a password is; the person's own name and address count too.
pub fn check_new_password(password: &str, confirm: &str, context: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < 12 {
        return Err(PasswordProblem::TooShort);
    }
    if length > 128 {
        return Err(PasswordProblem::TooLong);
    }
    if password != confirm {
        return Err(PasswordProblem::Different);
    }
    if zxcvbn::zxcvbn(password, context).score() < zxcvbn::Score::Three {
        return Err(PasswordProblem::Guessable);
    }
    Ok(())
}

/// A new TOTP secret: 160 random bits, base32 as authenticator apps expect.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    totp_secret_from(&bytes)
}

/// A TOTP secret (160 bits, RFC 4226's recommended length) in the base32 form authenticator
/// apps take.
pub fn totp_secret_from(bytes: &[u8; 20]) -> String {
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret: &str, account: &str, issuer: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().ok()?;
    TOTP::new(TotpAlgorithm::SHA1, 6, 1, 30, bytes, Some(issuer.to_owned()), account.to_owned()).ok()
}

/// The time step a code is good for, if it is right for now or the step either side (a clock
/// a little out). The caller accepts each step once (`Store::accept_totp_step`).
pub fn totp_step(secret: &str, code: &str, now_unix: u64) -> Option<i64> {
    let code = code.trim().replace([' ', '-'], "");
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "staff", "RJ")?;
    let now_step = now_unix / 30;
    [now_step.saturating_sub(1), now_step, now_step + 1]
        .into_iter()
        .find(|step| bool::from(totp.generate(step * 30).as_bytes().ct_eq(code.as_bytes())))
        .map(|s| s as i64)
}

/// The code an authenticator app shows at `unix` (for tests and the CLI).
pub fn totp_code(secret: &str, unix: u64) -> Option<String> {
    Some(totp(secret, "staff", "RJ")?.generate(unix))
}

/// The `otpauth://` address a QR code carries to the authenticator app.
pub fn otpauth_url(secret: &str, account: &str, issuer: &str) -> Option<String> {
    Some(totp(secret, account, issuer)?.get_url())
}

pub fn qr_svg(data: &str) -> String {
    qrcode::QrCode::new(data.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// Letters and digits that cannot be mistaken for each other when copied by hand.
const CODE_ALPHABET: &[u8] = b"ACDEFHJKLMNPRTVWXY23456789";

/// Ten one-time recovery codes, `XXXX-XXXX-XXXX` (about 56 bits each).
pub fn recovery_codes() -> Vec<String> {
    let mut rng = rand::rng();
    (0..10)
        .map(|_| {
            (0..3)
                .map(|_| {
                    (0..4).map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char).collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// Whether what was typed in the code box looks like a recovery code rather than a TOTP code.
pub fn looks_like_recovery_code(code: &str) -> bool {
    normalise_recovery_code(code).len() == 12
}

fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase()
}

/// What the store keeps of a recovery code: the digest, with spaces, dashes and case ignored.
pub fn recovery_digest(code: &str) -> String {
    digest(&normalise_recovery_code(code))
}

pub fn digest(value: &str) -> String {
    hex::encode(Sha256::digest(value.as_bytes()))
}

/// A random token for a link or a form (256 bits), and the digest the store keeps.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let digest = digest(&token);
    (token, digest)
}

/// Compares two secrets in constant time.
pub fn same_secret(a: &str, b: &str) -> bool {
    !a.is_empty() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hash = hash_password("correct horse battery staple");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify_password(&hash, "correct horse battery staple"));
        assert!(!verify_password(&hash, "correct horse battery stapler"));
        assert!(!verify_password("not a hash", "anything"));
    }

    #[test]
    fn the_password_policy_is_about_length_and_guessability_not_character_kinds() {
        let ok = "violet kettle harbour moss";
        assert_eq!(check_new_password(ok, ok, &[]), Ok(()));
        assert_eq!(check_new_password("short", "short", &[]), Err(PasswordProblem::TooShort));
        let long = "x".repeat(129);
        assert_eq!(check_new_password(&long, &long, &[]), Err(PasswordProblem::TooLong));
        assert_eq!(check_new_password(ok, "violet kettle harbour mos", &[]), Err(PasswordProblem::Different));
        for common in ["password1234", "123456789012", "qwertyuiopas", "iloveyou1234"] {
            assert_eq!(check_new_password(common, common, &[]), Err(PasswordProblem::Guessable), "{common}");
        }
        let own = "alice.jones@example.org";
        assert_eq!(
            check_new_password(own, own, &["alice.jones@example.org", "Alice Jones"]),
            Err(PasswordProblem::Guessable)
        );
        // Lower case only, no digits, no symbols: fine when long and unguessable.
        let plain = "granite otter whistle lamp";
        assert_eq!(check_new_password(plain, plain, &[]), Ok(()));
    }

    #[test]
    fn a_totp_code_is_good_for_its_step_and_the_steps_either_side_only() {
        let secret = new_totp_secret();
        let now = 1_800_000_000;
        let code = totp_code(&secret, now).unwrap();
        assert_eq!(totp_step(&secret, &code, now), Some((now / 30) as i64));
        assert_eq!(totp_step(&secret, &code, now + 30), Some((now / 30) as i64), "a clock a little behind");
        assert_eq!(totp_step(&secret, &code, now + 90), None, "too old");
        assert_eq!(totp_step(&secret, "12345", now), None);
        assert_eq!(totp_step(&secret, "abcdef", now), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_forgiving_to_type() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        let code = &codes[0];
        assert!(looks_like_recovery_code(code));
        assert_eq!(recovery_digest(code), recovery_digest(&code.to_lowercase().replace('-', " ")));
        assert!(!looks_like_recovery_code("123456"));
    }

    #[test]
    fn secrets_compare_equal_only_when_equal_and_never_when_empty() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("", ""));
    }
}
