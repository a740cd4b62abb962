//! Backups sealed as whole files, under the same data keys as the sealed columns
//! (`seal::Keyring`): a copy of the database (or a `pg_dump` piped in) is unreadable without
//! the keys, its codes, dates and staff accounts included, and a changed, cut short or
//! reordered file does not open.
//!
//! The file is `RJBACKUP1\n`, the sealing key's id (4 bytes, big-endian) and a random 19-byte
//! nonce prefix, then the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár
//! (RustCrypto's `aead::stream`, big-endian 32-bit counter and last-block flag) over
//! XChaCha20-Poly1305: 64 KiB blocks, each with its 16-byte tag, the header bound into each
//! block as associated data. The last block is marked, so a file cut at a block boundary is
//! refused as well as a damaged one.

use std::{
    fs::File,
    io::{self, BufRead, BufReader, Read, Write},
    path::Path,
};

use chacha20poly1305::{
    XChaCha20Poly1305,
    aead::{
        Payload,
        generic_array::GenericArray,
        stream::{DecryptorBE32, EncryptorBE32},
    },
};
use rand::RngCore;

use crate::seal::Keyring;

const MAGIC: &[u8; 10] = b"RJBACKUP1\n";
const PREFIX: usize = 19;
const HEADER: usize = MAGIC.len() + 4 + PREFIX;
const BLOCK: usize = 64 * 1024;
const TAG: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum SealedFileError {
    #[error("this is not a sealed backup (it does not begin as `server backup` and `server seal-backup` write them)")]
    NotABackup,
    #[error("the backup was sealed with key {0}, which is not among the keys given (RJ_DATA_KEYS or the data keys file)")]
    UnknownKey(u32),
    #[error("the backup does not open: it is damaged, cut short or not sealed with these keys (at block {0})")]
    Damaged(u64),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Creates `path` for writing, readable and writable by its owner only (it holds personal
/// data or keys); never overwrites: a file already there is an error.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Reads up to one whole block: fewer bytes only at the end of the input.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Seals everything `input` holds into `output` under the keyring's current key. Returns the
/// bytes written.
pub fn seal(keys: &Keyring, input: impl Read, mut output: impl Write) -> Result<u64, SealedFileError> {
    let mut input = BufReader::with_capacity(BLOCK, input);
    let mut header = [0u8; HEADER];
    header[..MAGIC.len()].copy_from_slice(MAGIC);
    header[MAGIC.len()..MAGIC.len() + 4].copy_from_slice(&keys.current().to_be_bytes());
    rand::rng().fill_bytes(&mut header[MAGIC.len() + 4..]);
    let prefix = GenericArray::from_slice(&header[MAGIC.len() + 4..]);
    let mut stream = EncryptorBE32::<XChaCha20Poly1305>::from_aead(keys.current_cipher().clone(), prefix);
    output.write_all(&header)?;
    let mut written = HEADER as u64;
    let mut block = vec![0u8; BLOCK];
    loop {
        let n = fill(&mut input, &mut block)?;
        // A block is the last when nothing follows it (an empty input is one empty last block).
        let last = n < BLOCK || input.fill_buf()?.is_empty();
        let payload = Payload { msg: &block[..n], aad: &header };
        const SEALS: &str = "XChaCha20-Poly1305 seals a block of any size up to 64 KiB";
        if last {
            let sealed = stream.encrypt_last(payload).expect(SEALS);
            output.write_all(&sealed)?;
            written += sealed.len() as u64;
            break;
        }
        let sealed = stream.encrypt_next(payload).expect(SEALS);
        output.write_all(&sealed)?;
        written += sealed.len() as u64;
    }
    output.flush()?;
    Ok(written)
}

/// Opens a backup sealed by `seal` into `output`, with whichever of the keyring's keys sealed
/// it. Returns the bytes written. Anything changed, missing or added is an error; what was
/// written before the error must then be thrown away (the callers write to a new file and
/// remove it).
pub fn open(keys: &Keyring, input: impl Read, mut output: impl Write) -> Result<u64, SealedFileError> {
    let mut input = BufReader::with_capacity(BLOCK + TAG, input);
    let mut header = [0u8; HEADER];
    if fill(&mut input, &mut header)? < HEADER || &header[..MAGIC.len()] != MAGIC {
        return Err(SealedFileError::NotABackup);
    }
    let id = u32::from_be_bytes(header[MAGIC.len()..MAGIC.len() + 4].try_into().expect("four bytes"));
    let cipher = keys.cipher(id).ok_or(SealedFileError::UnknownKey(id))?;
    let prefix = GenericArray::from_slice(&header[MAGIC.len() + 4..]);
    let mut stream = DecryptorBE32::<XChaCha20Poly1305>::from_aead(cipher.clone(), prefix);
    let mut block = vec![0u8; BLOCK + TAG];
    let mut written = 0u64;
    let mut index = 0u64;
    loop {
        let n = fill(&mut input, &mut block)?;
        let last = n < BLOCK + TAG || input.fill_buf()?.is_empty();
        let payload = Payload { msg: &block[..n], aad: &header };
        if last {
            let plain = stream.decrypt_last(payload).map_err(|_| SealedFileError::Damaged(index))?;
            output.write_all(&plain)?;
            written += plain.len() as u64;
            break;
        }
        let plain = stream.decrypt_next(payload).map_err(|_| SealedFileError::Damaged(index))?;
        output.write_all(&plain)?;
        written += plain.len() as u64;
        index += 1;
    }
    output.flush()?;
    Ok(written)
}

/// Seals the file at `from` into a new private file `to`, synced to disk.
pub fn seal_file(keys: &Keyring, from: &Path, to: &Path) -> Result<u64, SealedFileError> {
    let input = File::open(from)?;
    let mut out = io::BufWriter::new(create_private(to)?);
    let n = seal(keys, input, &mut out)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(n)
}

/// Opens the backup at `from` into a new private file `to`; on any error `to` is removed, so
/// no half-opened copy is left.
pub fn open_file(keys: &Keyring, from: &Path, to: &Path) -> Result<u64, SealedFileError> {
    let input = File::open(from)?;
    let out = create_private(to)?;
    let result = (|| {
        let mut writer = io::BufWriter::new(out);
        let n = open(keys, input, &mut writer)?;
        writer.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(n)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(to);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(keys: &Keyring, plain: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        seal(keys, plain, &mut out).unwrap();
        out
    }

    fn opened(keys: &Keyring, sealed: &[u8]) -> Result<Vec<u8>, SealedFileError> {
        let mut out = Vec::new();
        open(keys, sealed, &mut out)?;
        Ok(out)
    }

    /// Sizes around the block boundary: empty, one byte, a block less one, a whole block, a
    /// block and one, and several blocks with a short last one.
    const SIZES: &[usize] = &[0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 17];

    #[test]
    fn every_size_opens_to_exactly_what_was_sealed() {
        let keys = Keyring::random(1);
        for &size in SIZES {
            let plain: Vec<u8> = (0..size).map(|i| (i * 7 % 251) as u8).collect();
            let s = sealed(&keys, &plain);
            assert_eq!(s.len(), HEADER + plain.len() + TAG * size.div_ceil(BLOCK).max(1), "size {size}");
            assert!(!s.windows(8).any(|w| plain.len() >= 8 && w == &plain[8..16]), "plain bytes in the sealed file");
            assert_eq!(opened(&keys, &s).unwrap(), plain, "size {size}");
        }
    }

    #[test]
    fn a_changed_cut_or_lengthened_backup_does_not_open() {
        let keys = Keyring::random(1);
        let plain = vec![42u8; 2 * BLOCK + 5];
        let s = sealed(&keys, &plain);
        for at in [0, HEADER - 1, HEADER, HEADER + BLOCK + 3, s.len() - 1] {
            let mut bad = s.clone();
            bad[at] ^= 1;
            assert!(opened(&keys, &bad).is_err(), "a byte changed at {at}");
        }
        // Cut at a block boundary: every block left is whole, but the last is not marked last.
        let cut = &s[..HEADER + BLOCK + TAG];
        assert!(matches!(opened(&keys, cut), Err(SealedFileError::Damaged(0))));
        assert!(opened(&keys, &s[..s.len() - 1]).is_err(), "one byte short");
        let mut longer = s.clone();
        longer.extend_from_slice(&[0; TAG + 1]);
        assert!(opened(&keys, &longer).is_err(), "bytes added");
        // Two blocks swapped.
        let mut swapped = s.clone();
        let (a, b) = (HEADER..HEADER + BLOCK + TAG, HEADER + BLOCK + TAG..HEADER + 2 * (BLOCK + TAG));
        let first = s[a.clone()].to_vec();
        swapped[a].copy_from_slice(&s[b.clone()]);
        swapped[b].copy_from_slice(&first);
        assert!(opened(&keys, &swapped).is_err(), "blocks reordered");
    }

    #[test]
    fn only_the_keys_that_sealed_it_open_it() {
        let one = Keyring::random(1);
        let s = sealed(&one, b"the database");
        assert!(matches!(opened(&Keyring::random(2), &s), Err(SealedFileError::UnknownKey(1))));
        assert!(matches!(opened(&Keyring::random(1), &s), Err(SealedFileError::Damaged(0))), "another key 1");
        // After a rotation, a keyring that still holds the old key opens old backups.
        let old = Keyring::new_entry(1);
        let rotated = Keyring::parse(&format!("{},{old}", Keyring::new_entry(2))).unwrap();
        let before = sealed(&Keyring::parse(&old).unwrap(), b"kept");
        assert_eq!(opened(&rotated, &before).unwrap(), b"kept");
        assert!(matches!(opened(&rotated, b"SQLite format 3\0"), Err(SealedFileError::NotABackup)));
    }

    #[test]
    fn files_are_private_new_and_removed_when_they_do_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Keyring::random(1);
        let plain = dir.path().join("app.db");
        std::fs::write(&plain, b"rows").unwrap();
        let backup = dir.path().join("app.backup");
        seal_file(&keys, &plain, &backup).unwrap();
        assert!(seal_file(&keys, &plain, &backup).is_err(), "never overwrites");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let back = dir.path().join("restored.db");
        open_file(&keys, &backup, &back).unwrap();
        assert_eq!(std::fs::read(&back).unwrap(), b"rows");
        let wrong = dir.path().join("wrong.db");
        assert!(open_file(&Keyring::random(1), &backup, &wrong).is_err());
        assert!(!wrong.exists(), "a backup that does not open leaves no file behind");
    }
}
