//! Sealing what is not sealed under the current key (`crate::seal`): values stored before
//! sealing existed (at every start) and values sealed under an older key (`server rekey`).
//! The SQL is built from `seal::FIELDS`' static names only (never from input).

use app::ports::StoreError;
use sqlx::{AssertSqlSafe, Postgres, Sqlite};

use super::sql::{SqlStore, db_err};
use crate::seal::{self, Field, RowKey};

/// Rows resealed in one transaction: short enough not to hold the write lock for long.
const BATCH: i64 = 500;

/// The condition on `field`'s column for values that need sealing again: every value not
/// sealed at all, or (`only_plain` false) also those sealed under a key other than `current`.
/// `substr` rather than `LIKE`: it compares case-sensitively on both databases.
fn stale_condition(field: Field, only_plain: bool, current: u32) -> String {
    let c = field.column;
    let sealed = "rj1:";
    if only_plain {
        format!("{c} IS NOT NULL AND {c} <> '' AND substr({c}, 1, {}) <> '{sealed}'", sealed.len())
    } else {
        let prefix = format!("{sealed}{current}:");
        format!("{c} IS NOT NULL AND {c} <> '' AND substr({c}, 1, {}) <> '{prefix}'", prefix.len())
    }
}

macro_rules! impl_reseal {
    ($db:ty) => {
        impl SqlStore<$db> {
            /// Seals again every value of every sealed column that `stale_condition` picks;
            /// how many per column (`table.column`). A value that does not open (a key that
            /// is not given, damage) stops it with an error naming the column.
            pub(super) async fn reseal_stale(&self, only_plain: bool) -> Result<Vec<(String, u64)>, StoreError> {
                let mut counts = Vec::new();
                for &field in seal::FIELDS {
                    let condition = stale_condition(field, only_plain, self.keys.current());
                    let key = field.key.name();
                    let mut done = 0u64;
                    loop {
                        let mut tx = self.write().await?;
                        let select = format!(
                            "SELECT {key}, {column} FROM {table} WHERE {condition} ORDER BY {key} LIMIT {BATCH}",
                            column = field.column,
                            table = field.table
                        );
                        let update = format!(
                            "UPDATE {table} SET {column} = $1 WHERE {key} = $2 AND {column} = $3",
                            column = field.column,
                            table = field.table
                        );
                        let n = match field.key {
                            RowKey::Integer(_) => {
                                let rows: Vec<(i64, String)> = sqlx::query_as(AssertSqlSafe(select)).fetch_all(&mut *tx).await.map_err(db_err)?;
                                for (id, old) in &rows {
                                    let new = self.keys.reseal(field, old)?;
                                    sqlx::query(AssertSqlSafe(update.clone())).bind(new).bind(id).bind(old).execute(&mut *tx).await.map_err(db_err)?;
                                }
                                rows.len()
                            }
                            RowKey::Text(_) => {
                                let rows: Vec<(String, String)> = sqlx::query_as(AssertSqlSafe(select)).fetch_all(&mut *tx).await.map_err(db_err)?;
                                for (id, old) in &rows {
                                    let new = self.keys.reseal(field, old)?;
                                    sqlx::query(AssertSqlSafe(update.clone())).bind(new).bind(id).bind(old).execute(&mut *tx).await.map_err(db_err)?;
                                }
                                rows.len()
                            }
                        };
                        tx.commit().await.map_err(db_err)?;
                        done += n as u64;
                        if (n as i64) < BATCH {
                            break;
                        }
                    }
                    counts.push((format!("{}.{}", field.table, field.column), done));
                }
                Ok(counts)
            }
        }
    };
}

impl_reseal!(Sqlite);
impl_reseal!(Postgres);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conditions_pick_plain_values_or_every_value_not_under_the_current_key() {
        let plain = stale_condition(seal::EVENT_NOTE, true, 3);
        assert_eq!(plain, "note IS NOT NULL AND note <> '' AND substr(note, 1, 4) <> 'rj1:'");
        let old = stale_condition(seal::EVENT_NOTE, false, 3);
        assert_eq!(old, "note IS NOT NULL AND note <> '' AND substr(note, 1, 6) <> 'rj1:3:'");
    }
}
